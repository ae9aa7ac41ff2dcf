using System.CommandLine;
using NghiQuyet.Cli.Commands;
using NghiQuyet.Core;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Cli;

/// <summary>The <c>nghiquyet</c> command line. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr, null, null);

    /// <summary>With a standard input and environment of its own (null = the process's): how tests give a password.</summary>
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin, Func<string, string?>? environment) =>
        RunAsync(args, stdout, stderr, stdin, environment, [], VietnamClock.System);

    /// <param name="extra">Further commands (tests add one that fails, to drive the last line of defence).</param>
    /// <param name="clock">What "this year" is (tests set it to the turn of the year).</param>
    internal static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin,
        Func<string, string?>? environment, IEnumerable<Command> extra, VietnamClock clock)
    {
        var root = new RootCommand(Messages.HelpRoot);
        foreach (var command in AllCommands(stdout, stderr, stdin, environment, clock).Concat(extra))
            root.Subcommands.Add(command);
        try
        {
            var parsed = root.Parse(args);
            // System.CommandLine's own handler would catch first, print the stack trace and exit 1: switched off so that
            // every failure reaches the line below.
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex)
        {
            // Last line of defence: one Vietnamese line for the user, the details for whoever fixes it.
            await stderr.WriteLineAsync(CrashLog.Write(ex, args, environment ?? Environment.GetEnvironmentVariable));
            return ExitCodes.Unexpected;
        }
    }

    private static IEnumerable<Command> AllCommands(TextWriter stdout, TextWriter stderr, TextReader? stdin, Func<string, string?>? environment, VietnamClock clock)
    {
        yield return ExtractCommand.Create(stdout, stderr);
        yield return ImportCommand.Create(stdout, stderr);
        yield return ShowCommand.Create(stdout, stderr);
        yield return RecordCommand.Create(stdout, stderr);
        yield return UnitsCommand.Create(stdout, stderr);
        yield return ReviewCommand.Create(stdout, stderr);
        yield return RestoreCommand.Create(stdout, stderr);
        yield return TrainLmCommand.Create(stdout, stderr);
        yield return EvaluateCommand.Create(stdout, stderr, clock);
        yield return RollupCommand.Create(stdout, stderr);
        yield return UserCommand.Create(stdout, stderr, stdin, environment);
        yield return BackupCommands.Backup(stdout, stderr, environment);
        yield return BackupCommands.Restore(stdout, stderr, environment);
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int NotFound = 3;
    /// <summary>The database cannot be opened or written (locked, read-only, unreachable) or refused a stale edit.</summary>
    public const int Storage = 74;
    /// <summary>A program the command needs is not installed (pg_dump, pg_restore): sysexits' EX_UNAVAILABLE.</summary>
    public const int ToolMissing = 69;
    public const int Unexpected = 70;
}
