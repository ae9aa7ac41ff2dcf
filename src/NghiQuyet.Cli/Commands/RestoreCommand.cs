using System.CommandLine;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet restore [--file F]</c>: text without tone marks in (stdin or file), restored text out (stdout).</summary>
public static class RestoreCommand
{
    private const int MaxMegabytes = 64;

    public static Command Create(TextWriter stdout, TextWriter stderr, Func<Stream>? stdin = null)
    {
        var file = new Option<string?>("--file") { Description = Messages.HelpRestoreFile };
        var model = new Option<string?>("--model") { Description = Messages.HelpRestoreModel };
        var command = new Command("restore", Messages.HelpRestore) { file, model };
        command.SetAction(parse => Run(parse.GetValue(file), parse.GetValue(model), stdout, stderr, stdin ?? Console.OpenStandardInput));
        return command;
    }

    internal static int Run(string? file, string? modelPath, TextWriter stdout, TextWriter stderr, Func<Stream> stdin)
    {
        if (file is not null && !File.Exists(file))
        {
            stderr.WriteLine(string.Format(Messages.FileNotFound, file));
            return ExitCodes.NotFound;
        }
        // Read at most one byte past the limit: `restore --file /dev/zero` or an endless pipe ends with a message.
        const long max = MaxMegabytes * 1024L * 1024;
        Result<byte[]> read;
        if (file is not null)
            read = Ingest.Reading.BoundedFile.Read(file, max);
        else
        {
            using var input = stdin();
            read = Ingest.Reading.BoundedFile.Read(input, "stdin", max);
        }
        if (!read.Success)
        {
            stderr.WriteLine(read.Error);
            return ExitCodes.BadInput;
        }
        var bytes = read.Value;
        if (!TryDecodeText(bytes, out var text))
        {
            stderr.WriteLine(Messages.RestoreInputNotText);
            return ExitCodes.BadInput;
        }
        var restorer = modelPath is null
            ? ToneRestorer.TryDefault()
            : ToneRestorer.LoadFile(modelPath).Map(m => new ToneRestorer(m));
        if (!restorer.Success)
        {
            stderr.WriteLine(restorer.Error);
            return ExitCodes.NotFound;
        }
        stdout.Write(restorer.Value.Restore(text));
        stdout.Flush();
        return ExitCodes.Ok;
    }

    /// <summary>Strict UTF-8 (BOM allowed) without NUL or other control bytes besides tab, CR, LF, FF.</summary>
    internal static bool TryDecodeText(byte[] bytes, out string text)
    {
        text = "";
        try
        {
            text = new UTF8Encoding(false, true).GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        foreach (var c in text)
            if (char.IsControl(c) && c is not ('\t' or '\r' or '\n' or '\f'))
                return false;
        return true;
    }
}
