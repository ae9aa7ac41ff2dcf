using System.Text.RegularExpressions;

namespace NghiQuyet.Core.Tests;

/// <summary>
/// src/README.md maps one report's way through the code, a file per step. Files move; the map must move with them.
/// </summary>
public partial class SourceMapTests
{
    // A path is a backticked token with a slash in it: `src/NghiQuyet.Web/Imports/Uploader.cs`.
    [GeneratedRegex(@"`([^`\s]*/[^`\s]*)`")]
    private static partial Regex BacktickedPath();

    [GeneratedRegex(@"^\d+\. ")]
    private static partial Regex Step();

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "NghiQuyet.sln")))
                return dir.FullName;
        throw new InvalidOperationException("NghiQuyet.sln not found above " + AppContext.BaseDirectory);
    }

    private static string[] Map() => File.ReadAllLines(Path.Combine(RepositoryRoot(), "src", "README.md"));

    [Fact]
    public void Every_path_the_map_names_exists()
    {
        var root = RepositoryRoot();
        var paths = Map().SelectMany(l => BacktickedPath().Matches(l)).Select(m => m.Groups[1].Value).ToList();
        Assert.True(paths.Count >= 10, $"the map names {paths.Count} paths; it should name one per step, upload to dashboard");
        var missing = paths.Where(p => !File.Exists(Path.Combine(root, p)) && !Directory.Exists(Path.Combine(root, p))).ToList();
        Assert.True(missing.Count == 0, "src/README.md names paths that do not exist: " + string.Join(", ", missing));
    }

    [Fact]
    public void Each_step_names_one_path()
    {
        var steps = Map().Where(l => Step().IsMatch(l)).ToList();
        Assert.True(steps.Count >= 10, $"the map has {steps.Count} numbered steps");
        var wrong = steps.Where(l => BacktickedPath().Count(l) != 1).ToList();
        Assert.True(wrong.Count == 0, "steps that do not name exactly one path: " + string.Join(" | ", wrong));
    }
}
