using System.Text;
using NghiQuyet.Cli;
using NghiQuyet.Cli.Commands;

namespace NghiQuyet.Cli.Tests.Commands;

public class RestoreCommandTests
{
    private static (int Code, string Out, string Err) Run(byte[] stdin, string? file = null, string? model = null)
    {
        var stdout = new StringWriter();
        var stderr = new StringWriter();
        var code = RestoreCommand.Run(file, model, stdout, stderr, () => new MemoryStream(stdin));
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void Restores_stdin_to_stdout_keeping_paragraphs()
    {
        var (code, output, error) = Run(Encoding.UTF8.GetBytes("Ty le ho ngheo giam con 8,5%.\n\nDang bo xa lanh dao thuc hien.\n"));
        Assert.Equal(ExitCodes.Ok, code);
        Assert.Equal("", error);
        Assert.Equal("Tỷ lệ hộ nghèo giảm còn 8,5%.\n\nĐảng bộ xã lãnh đạo thực hiện.\n", output);
    }

    [Fact]
    public void Binary_input_is_refused_with_one_clear_line()
    {
        var (code, output, error) = Run([0x00, 0xFF, 0xFE, 0x12, 0x80, 0x00]);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Equal("", output);
        Assert.Single(error.Trim().Split('\n'));
    }

    [Fact]
    public void Missing_file_and_missing_model_are_clear_errors()
    {
        Assert.Equal(ExitCodes.NotFound, Run([], file: "/nonexistent/x.txt").Code);
        Assert.Equal(ExitCodes.NotFound, Run(Encoding.UTF8.GetBytes("ty le"), model: "/nonexistent/model.bin").Code);
    }

    [Fact]
    public async Task Train_lm_without_inputs_is_a_clear_error()
    {
        var stderr = new StringWriter();
        var code = await CliApp.RunAsync(["train-lm", "--out", Path.GetTempFileName()], new StringWriter(), stderr);
        Assert.Equal(ExitCodes.BadInput, code);
        Assert.Contains("huấn luyện", stderr.ToString());
    }
}
