namespace NghiQuyet.Testing;

/// <summary>
/// Where ../shared (the real sample reports, gold files, list of units, text corpus) lives: $NGHIQUYET_SHARED, else the
/// first "shared" folder beside an ancestor of the test's working folder. Null where it is absent.
/// </summary>
public static class SharedData
{
    public static readonly string? Root = Locate();

    public static string? Corpus => Root is null ? null : Path.Combine(Root, "corpus");

    public static string File(params string[] parts) =>
        Path.Combine([Root ?? throw new InvalidOperationException("shared/ is absent"), .. parts]);

    private static string? Locate()
    {
        var env = Environment.GetEnvironmentVariable("NGHIQUYET_SHARED");
        if (!string.IsNullOrEmpty(env) && Directory.Exists(Path.Combine(env, "corpus")))
            return Path.GetFullPath(env);
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "corpus")))
                return candidate;
        }
        return null;
    }
}

/// <summary>A fact that needs ../shared: skipped, with the reason, where the folder is absent.</summary>
public sealed class SharedDataFactAttribute : FactAttribute
{
    public SharedDataFactAttribute()
    {
        if (SharedData.Root is null)
            Skip = "../shared (sample reports and data) not found; set NGHIQUYET_SHARED to run this test";
    }
}

/// <summary>A theory that needs ../shared: skipped, with the reason, where the folder is absent.</summary>
public sealed class SharedDataTheoryAttribute : TheoryAttribute
{
    public SharedDataTheoryAttribute()
    {
        if (SharedData.Root is null)
            Skip = "../shared (sample reports and data) not found; set NGHIQUYET_SHARED to run this test";
    }
}
