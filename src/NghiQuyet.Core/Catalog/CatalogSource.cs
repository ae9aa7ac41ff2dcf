namespace NghiQuyet.Core.Catalog;

/// <summary>
/// Which indicator catalog applies, for every entry point alike (the site, <c>evaluate</c>, <c>review</c>,
/// <c>rollup</c>): the built-in catalog, extended by an administrator's file named on the command line or, failing
/// that, by <see cref="EnvironmentVariable"/>. Pure: the reading of the file is <c>NghiQuyet.Data.CatalogFiles</c>.
/// </summary>
public static class CatalogSource
{
    /// <summary>The environment variable naming an administrator's catalog file, used where no file is given on the command line.</summary>
    public const string EnvironmentVariable = "NGHIQUYET_CATALOG";

    /// <summary>
    /// The administrator's file that applies, or null for the built-in catalog alone. An explicit path wins over the
    /// environment's, so one run can try a catalog without changing the server's.
    /// </summary>
    public static string? OverridePath(string? explicitPath, string? environmentValue)
    {
        var path = explicitPath ?? environmentValue;
        return string.IsNullOrWhiteSpace(path) ? null : path;
    }

    /// <summary>The catalog for an administrator's file content (null: none applies).</summary>
    public static Result<IndicatorCatalog> Combine(string? overrideJson) =>
        overrideJson is null ? Result<IndicatorCatalog>.Ok(IndicatorCatalog.Default) : IndicatorCatalog.Default.WithOverrides(overrideJson);
}
