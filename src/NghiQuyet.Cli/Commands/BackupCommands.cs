using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Data.Backup;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet backup --db DB --out FILE</c> and <c>nghiquyet restore-backup FILE --db DB</c> (issue 12, defect 7):
/// a consistent snapshot of a running database in one .nqbak file, and its restore into an empty database.
/// </summary>
internal static class BackupCommands
{
    public static Command Backup(TextWriter stdout, TextWriter stderr, Func<string, string?>? environment)
    {
        var db = StorageCli.DbOption();
        var output = new Option<string>("--out", "-o")
        {
            Description = Messages.HelpBackupOutput,
            Required = true,
        };
        var command = new Command("backup", Messages.HelpBackup) { db, output };
        command.SetAction(parse =>
        {
            var outcome = DatabaseBackup.Create(parse.GetValue(db), parse.GetValue(output)!, TimeProvider.System, Programs(environment));
            if (!outcome.Success)
                return Fail(outcome, stderr);
            var m = outcome.Manifest!;
            stderr.WriteLine(string.Format(Messages.BackupWritten, outcome.Database, Path.GetFullPath(parse.GetValue(output)!), m.Tables.Count, m.Rows, m.SchemaVersion, m.Sha256));
            stdout.WriteLine(Path.GetFullPath(parse.GetValue(output)!));
            return ExitCodes.Ok;
        });
        return command;
    }

    public static Command Restore(TextWriter stdout, TextWriter stderr, Func<string, string?>? environment)
    {
        var file = new Argument<string>("FILE") { Description = Messages.HelpRestoreBackupFile };
        var db = StorageCli.DbOption();
        var command = new Command("restore-backup", Messages.HelpRestoreBackup) { file, db };
        command.SetAction(parse =>
        {
            var outcome = DatabaseRestore.Restore(parse.GetValue(file)!, parse.GetValue(db), Programs(environment));
            if (!outcome.Success)
                return Fail(outcome, stderr);
            var m = outcome.Manifest!;
            stderr.WriteLine(string.Format(Messages.RestoreDone, parse.GetValue(file), outcome.Database, m.Tables.Count, m.Rows, m.SchemaVersion));
            return ExitCodes.Ok;
        });
        return command;
    }

    private static ExternalProgram Programs(Func<string, string?>? environment) =>
        environment is null ? ExternalProgram.FromProcess : new ExternalProgram(environment);

    private static int Fail(BackupOutcome outcome, TextWriter stderr)
    {
        stderr.WriteLine(outcome.Error);
        return outcome.Failure switch
        {
            BackupFailure.NotFound => ExitCodes.NotFound,
            BackupFailure.BadInput => ExitCodes.BadInput,
            BackupFailure.ToolMissing => ExitCodes.ToolMissing,
            _ => ExitCodes.Storage,
        };
    }
}
