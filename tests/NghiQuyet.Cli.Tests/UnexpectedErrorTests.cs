using System.CommandLine;
using NghiQuyet.Core;
using NghiQuyet.Core.Time;
using static NghiQuyet.Cli.Tests.CliRun;

namespace NghiQuyet.Cli.Tests;

/// <summary>
/// The command line's last line of defence (issue 12, defect 8): an unexpected failure exits 70 with one Vietnamese
/// line and its details in a log file, never a stack trace; files too large to read end with a message, not out of memory.
/// </summary>
public class UnexpectedErrorTests
{
    /// <summary>A command whose action fails the way a bug would; the thing under test is what the CLI does with it.</summary>
    private static Command Failing(Exception ex)
    {
        var command = new Command("hong", "fails on purpose");
        command.SetAction(new Func<ParseResult, int>(_ => throw ex));
        return command;
    }

    private static async Task<(int Exit, string Out, string Err)> RunWith(string logDir, Command extra, params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, null, name => name == CrashLog.FolderVariable ? logDir : null, [extra], VietnamClock.System);
        return (exit, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public async Task An_unexpected_error_exits_70_with_one_line_and_the_details_in_the_log()
    {
        var logDir = Path.Combine(Path.GetTempPath(), $"nq-log-{Guid.NewGuid():N}");
        try
        {
            var (exit, stdout, stderr) = await RunWith(logDir, Failing(new InvalidOperationException("trạng thái hỏng\nở dòng thứ hai")), "hong");
            Assert.Equal(ExitCodes.Unexpected, exit);
            Assert.Equal("", stdout);
            var lines = stderr.TrimEnd('\n').Split('\n');
            var line = Assert.Single(lines);
            var logFile = Path.Combine(logDir, CrashLog.FileName);
            Assert.Equal(string.Format(Messages.UnexpectedErrorLogged, nameof(InvalidOperationException), logFile), line);
            Assert.DoesNotContain(" at ", stderr);
            var log = await File.ReadAllTextAsync(logFile);
            Assert.Contains("nghiquyet hong", log);
            Assert.Contains("System.InvalidOperationException: trạng thái hỏng", log);
            Assert.Contains(" at ", log);

            // A second failure is appended, not written over the first.
#pragma warning disable CA2201 // The test stands in for the runtime throwing its own exceptions.
            await RunWith(logDir, Failing(new OutOfMemoryException()), "hong");
#pragma warning restore CA2201
            log = await File.ReadAllTextAsync(logFile);
            Assert.Contains("InvalidOperationException", log);
            Assert.Contains("System.OutOfMemoryException", log);
        }
        finally
        {
            if (Directory.Exists(logDir))
                Directory.Delete(logDir, recursive: true);
        }
    }

    [Theory]
    [InlineData("Host=db;Username=nq;Password=bi-mat;Database=nq", "Host=db;Username=nq;Password=***;Database=nq")]
    [InlineData("postgres://nq:bi-mat@db/nq", "postgres://nq:***@db/nq")]
    [InlineData("/srv/nq.db", "/srv/nq.db")]
    public void The_log_never_holds_a_database_password(string argument, string logged) => Assert.Equal(logged, CrashLog.Redact(argument));

    [Fact]
    public async Task Where_the_log_cannot_be_written_the_line_still_says_what_happened()
    {
        // A file where the log folder should be: the folder cannot be created.
        var blocker = Path.GetTempFileName();
        try
        {
#pragma warning disable CA2201 // The test stands in for a bug's NullReferenceException.
            var (exit, _, stderr) = await RunWith(Path.Combine(blocker, "logs"), Failing(new NullReferenceException()), "hong");
#pragma warning restore CA2201
            Assert.Equal(ExitCodes.Unexpected, exit);
            var line = Assert.Single(stderr.TrimEnd('\n').Split('\n'));
            Assert.StartsWith("Lỗi không mong đợi (NullReferenceException); không ghi được", line);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    [Fact]
    public async Task Extract_of_an_endless_device_ends_with_a_message_not_out_of_memory()
    {
        var (exit, stdout, stderr) = await Run("extract", "/dev/zero");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal("", stdout);
        Assert.Equal(string.Format(Messages.FileLargerThanLimit, "/dev/zero", 30), stderr.TrimEnd('\n'));
    }

    [Fact]
    public async Task Extract_of_a_huge_file_is_refused_on_its_size_before_reading()
    {
        // Sparse: 6 GB on paper, nothing on disk; reading it whole would need 6 GB of memory (more than an array holds).
        var path = Path.Combine(Path.GetTempPath(), $"nq-huge-{Guid.NewGuid():N}.txt");
        try
        {
            await using (var f = File.Create(path))
                f.SetLength(6L * 1024 * 1024 * 1024);
            var (exit, _, stderr) = await Run("extract", path);
            Assert.Equal(ExitCodes.BadInput, exit);
            Assert.Equal(string.Format(Messages.FileTooLarge, path, 6 * 1024, 30), stderr.TrimEnd('\n'));

            var (importExit, _, importErr) = await Run("import", path, "--db", Path.Combine(Path.GetTempPath(), "nq-never.db"));
            Assert.Equal(ExitCodes.BadInput, importExit);
            Assert.Equal(string.Format(Messages.FileTooLarge, path, 6 * 1024, 30), importErr.TrimEnd('\n'));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public async Task Restore_of_an_endless_device_ends_with_a_message()
    {
        var (exit, _, stderr) = await Run("restore", "--file", "/dev/zero");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Format(Messages.FileLargerThanLimit, "/dev/zero", 64), stderr.TrimEnd('\n'));
    }
}
