using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;

namespace NghiQuyet.Data;

/// <summary>
/// Reads the indicator catalog that applies (<see cref="CatalogSource"/>): the one place the site's DI and the CLI's
/// commands get it from, so both match a target to the same indicator.
/// </summary>
public static class CatalogFiles
{
    /// <param name="explicitPath">A <c>--catalog</c> value; null falls back to <c>$NGHIQUYET_CATALOG</c>.</param>
    public static Result<IndicatorCatalog> Load(string? explicitPath)
    {
        var path = CatalogSource.OverridePath(explicitPath, Environment.GetEnvironmentVariable(CatalogSource.EnvironmentVariable));
        if (path is null)
            return CatalogSource.Combine(null);
        if (!File.Exists(path))
            return Result<IndicatorCatalog>.Fail(string.Format(Messages.FileNotFound, path));
        try
        {
            return CatalogSource.Combine(File.ReadAllText(path));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return Result<IndicatorCatalog>.Fail(string.Format(Messages.FileUnreadable, path, ex.Message));
        }
    }
}
