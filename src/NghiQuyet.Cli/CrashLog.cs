using System.Globalization;
using NghiQuyet.Core;

namespace NghiQuyet.Cli;

/// <summary>
/// Where an unexpected failure's details go: a log file (<c>$NGHIQUYET_LOG_DIR</c>, else the user's data folder
/// beside the default database), appended, one block per failure with the time, the command line and the full exception.
/// The user reads one line naming the file.
/// </summary>
internal static class CrashLog
{
    public const string FolderVariable = "NGHIQUYET_LOG_DIR";
    public const string FileName = "nghiquyet-cli.log";

    public static string Folder(Func<string, string?> environment) =>
        environment(FolderVariable) is { Length: > 0 } folder
            ? folder
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create), "NghiQuyet", "logs");

    /// <summary>Writes the details; returns the line for stderr. Never throws: this is the last thing that runs.</summary>
    public static string Write(Exception ex, string[] args, Func<string, string?> environment)
    {
        var kind = ex.GetType().Name;
        try
        {
            var folder = Folder(environment);
            Directory.CreateDirectory(folder);
            var path = Path.Combine(folder, FileName);
            // Arguments are logged with any password in a --db connection string blanked out.
            var block = string.Create(CultureInfo.InvariantCulture,
                $"=== {DateTimeOffset.UtcNow:yyyy-MM-dd HH:mm:ss}Z nghiquyet {string.Join(' ', args.Select(Redact))}{Environment.NewLine}{ex}{Environment.NewLine}");
            File.AppendAllText(path, block);
            return string.Format(Messages.UnexpectedErrorLogged, kind, path);
        }
        catch (Exception logFailure)
        {
            return string.Format(Messages.UnexpectedErrorNotLogged, kind, OneLine(logFailure.Message));
        }
    }

    private static string OneLine(string s) => s.ReplaceLineEndings(" ");

    /// <summary>"Password=…;" and the password of "postgres://user:password@host" become "***".</summary>
    internal static string Redact(string argument)
    {
        var s = System.Text.RegularExpressions.Regex.Replace(argument, @"(?i)\b(password|pwd)\s*=\s*[^;]*", "$1=***");
        return System.Text.RegularExpressions.Regex.Replace(s, @"(?i)^(postgres(?:ql)?://[^:/@]*:)[^@]*@", "$1***@");
    }
}
