using System.CommandLine;
using NghiQuyet.Cli.Commands;
using NghiQuyet.Core;

namespace NghiQuyet.Cli;

/// <summary>The <c>nghiquyet</c> command line. Each command lives in its own file under Commands/.</summary>
public static class CliApp
{
    public static Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr) => RunAsync(args, stdout, stderr, null, null);

    /// <summary>With a standard input and environment of its own (null = the process's): how tests give a password.</summary>
    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr, TextReader? stdin, Func<string, string?>? environment)
    {
        var root = new RootCommand("NghiQuyet — theo dõi thực hiện nghị quyết đại hội Đảng bộ");
        foreach (var command in AllCommands(stdout, stderr, stdin, environment))
            root.Subcommands.Add(command);
        try
        {
            var parsed = root.Parse(args);
            return await parsed.InvokeAsync(new InvocationConfiguration { Output = stdout, Error = stderr });
        }
        catch (Exception ex)
        {
            // Last line of defence: a user never sees a stack trace.
            await stderr.WriteLineAsync(string.Format(Messages.UnexpectedError, ex.Message));
            return ExitCodes.Unexpected;
        }
    }

    private static IEnumerable<Command> AllCommands(TextWriter stdout, TextWriter stderr, TextReader? stdin, Func<string, string?>? environment)
    {
        yield return ExtractCommand.Create(stdout, stderr);
        yield return ImportCommand.Create(stdout, stderr);
        yield return ShowCommand.Create(stdout, stderr);
        yield return RecordCommand.Create(stdout, stderr);
        yield return UnitsCommand.Create(stdout, stderr);
        yield return ReviewCommand.Create(stdout, stderr);
        yield return RestoreCommand.Create(stdout, stderr);
        yield return TrainLmCommand.Create(stdout, stderr);
        yield return EvaluateCommand.Create(stdout, stderr);
        yield return RollupCommand.Create(stdout, stderr);
        yield return UserCommand.Create(stdout, stderr, stdin, environment);
    }
}

public static class ExitCodes
{
    public const int Ok = 0;
    public const int BadInput = 2;
    public const int NotFound = 3;
    /// <summary>The database cannot be opened or written (locked, read-only, unreachable) or refused a stale edit.</summary>
    public const int Storage = 74;
    public const int Unexpected = 70;
}
