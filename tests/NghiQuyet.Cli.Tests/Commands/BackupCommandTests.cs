using NghiQuyet.Core;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests.Commands;

/// <summary><c>nghiquyet backup</c> and <c>restore-backup</c> through the parser: exit codes and messages (the drill is in Data.Tests).</summary>
public class BackupCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("nq-cli-backup-").FullName;

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static string ThisFile([System.Runtime.CompilerServices.CallerFilePath] string path = "") => path;

    private string At(string name) => Path.Combine(_folder, name);

    [Fact]
    public async Task Backup_and_restore_a_SQLite_database_and_refuse_a_full_target()
    {
        var db = At("nq.db");
        var sample = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(ThisFile())!, "..", "..", "..", "samples", "bao-cao-mau.txt"));
        Assert.Equal(ExitCodes.Ok, (await Run("import", sample, "--org", "04183", "--db", db)).Exit);
        var (exit, stdout, stderr) = await Run("backup", "--db", db, "--out", At("a.nqbak"));
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(At("a.nqbak"), stdout.Trim());
        Assert.StartsWith($"Đã sao lưu {db} vào {At("a.nqbak")}", stderr);

        var again = await Run("backup", "--db", db, "--out", At("a.nqbak"));
        Assert.Equal(ExitCodes.BadInput, again.Exit);
        Assert.Equal(string.Format(Messages.BackupOutExists, At("a.nqbak")), again.Err.Trim());

        var restored = await Run("restore-backup", At("a.nqbak"), "--db", At("moi.db"));
        Assert.Equal(ExitCodes.Ok, restored.Exit);
        Assert.StartsWith($"Đã khôi phục {At("a.nqbak")} vào {At("moi.db")}", restored.Err);
        var shown = await Run("show", "--org", "04183", "--db", At("moi.db"));
        Assert.Equal((await Run("show", "--org", "04183", "--db", db)).Out, shown.Out);
        Assert.Contains("Xã Mường Lầm (04183)", shown.Out);

        var over = await Run("restore-backup", At("a.nqbak"), "--db", db);
        Assert.Equal(ExitCodes.BadInput, over.Exit);
        Assert.Contains("chỉ khôi phục vào một cơ sở dữ liệu trống", over.Err);

        var missing = await Run("restore-backup", At("khong-co.nqbak"), "--db", At("x.db"));
        Assert.Equal(ExitCodes.NotFound, missing.Exit);
    }

    [Fact]
    public async Task Without_pg_dump_on_PATH_the_backup_says_what_to_install()
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        // No server is needed: the tool is looked for before anything is opened.
        var exit = await CliApp.RunAsync(["backup", "--db", "Host=127.0.0.1;Port=1;Username=x;Database=x", "--out", At("p.nqbak")],
            stdout, stderr, null, name => name == "PATH" ? "/nonexistent" : null);
        Assert.Equal(ExitCodes.ToolMissing, exit);
        Assert.Equal(string.Format(Messages.BackupToolMissing, "pg_dump"), stderr.ToString().Trim());
        Assert.False(File.Exists(At("p.nqbak")));
    }
}
