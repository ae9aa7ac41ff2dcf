namespace NghiQuyet.Cli.Tests;

/// <summary>Runs <c>nghiquyet</c> in-process as a user would, capturing its exit code, stdout and stderr.</summary>
internal static class CliRun
{
    public static async Task<(int Exit, string Out, string Err)> Run(params string[] args)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
