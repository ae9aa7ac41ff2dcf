using System.Diagnostics;
using NghiQuyet.Core;

namespace NghiQuyet.Data.Backup;

/// <summary>pg_dump and pg_restore, found on PATH (the environment's, so a test can take them away) and run with a time limit.</summary>
public sealed class ExternalProgram(Func<string, string?> environment)
{
    public static ExternalProgram FromProcess { get; } = new(Environment.GetEnvironmentVariable);

    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromHours(2);

    /// <summary>The full path of <paramref name="name"/> on PATH, or null.</summary>
    public string? Find(string name)
    {
        foreach (var folder in (environment("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(folder, name);
            if (File.Exists(candidate) && (OperatingSystem.IsWindows()
                || (File.GetUnixFileMode(candidate) & (UnixFileMode.UserExecute | UnixFileMode.GroupExecute | UnixFileMode.OtherExecute)) != 0))
                return candidate;
        }
        return null;
    }

    /// <summary>Runs the program to its end; null on success, else the Vietnamese reason (its stderr, trimmed).</summary>
    public string? Run(string name, IEnumerable<string> arguments, IReadOnlyDictionary<string, string> variables, TimeSpan? timeout = null)
    {
        var path = Find(name);
        if (path is null)
            return string.Format(Messages.BackupToolMissing, name);
        var start = new ProcessStartInfo(path)
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
            UseShellExecute = false,
        };
        foreach (var a in arguments)
            start.ArgumentList.Add(a);
        foreach (var (key, value) in variables)
            start.Environment[key] = value;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var limit = timeout ?? DefaultTimeout;
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            return string.Format(Messages.BackupToolTimedOut, name, (int)limit.TotalMinutes);
        }
        process.WaitForExit();
        if (process.ExitCode == 0)
            return null;
        var said = (stderr.Result.Trim() is { Length: > 0 } e ? e : stdout.Result.Trim()).ReplaceLineEndings(" ");
        return string.Format(Messages.BackupToolFailed, name, process.ExitCode, said.Length > 600 ? said[..600] + "…" : said);
    }
}
