using System.CommandLine;
using System.Globalization;
using NghiQuyet.Core;
using NghiQuyet.Ingest.Restoration;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet train-lm --out MODEL [--channel-out TABLE] DIR...</c>: builds the syllable 4-gram model used by
/// <c>restore</c> and the OCR channel table (default: MODEL's name with <c>.channel.tsv</c>), which ships as the kernel's
/// <c>src/NghiQuyet.Core/Text/Model/ocr-channel.tsv</c>. Deterministic: the same inputs give the same files.
/// </summary>
public static class TrainLmCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var output = new Option<string>("--out") { Description = Messages.HelpTrainLmOut, Required = true };
        var minBigram = new Option<int>("--min-bigram") { Description = Messages.HelpTrainLmMinBigram, DefaultValueFactory = _ => 2 };
        var minTrigram = new Option<int>("--min-trigram") { Description = Messages.HelpTrainLmMinTrigram, DefaultValueFactory = _ => 2 };
        var ocrPairs = new Option<string[]>("--ocr-pairs") { Description = Messages.HelpTrainLmOcrPairs };
        var channelOut = new Option<string?>("--channel-out") { Description = Messages.HelpTrainLmChannelOut };
        var minFourgram = new Option<int>("--min-fourgram") { Description = Messages.HelpTrainLmMinFourgram, DefaultValueFactory = _ => 2 };
        var inputs = new Argument<string[]>("inputs") { Description = Messages.HelpTrainLmInputs, Arity = ArgumentArity.ZeroOrMore };
        var command = new Command("train-lm", Messages.HelpTrainLm) { output, channelOut, minBigram, minTrigram, minFourgram, ocrPairs, inputs };
        command.SetAction(parse => Run(parse.GetValue(output)!, parse.GetValue(inputs) ?? [], parse.GetValue(minBigram), parse.GetValue(minTrigram), stdout, stderr, parse.GetValue(ocrPairs) ?? [], parse.GetValue(minFourgram), parse.GetValue(channelOut)));
        return command;
    }

    internal static int Run(string output, string[] inputs, int minBigram, int minTrigram, TextWriter stdout, TextWriter stderr, string[]? ocrPairs = null, int minFourgram = 2, string? channelOutput = null)
    {
        if (inputs.Length == 0)
        {
            stderr.WriteLine(Messages.TrainLmNoInput);
            return ExitCodes.BadInput;
        }
        ocrPairs ??= [];
        foreach (var input in inputs.Concat(ocrPairs))
            if (!File.Exists(input) && !Directory.Exists(input))
            {
                stderr.WriteLine(string.Format(Messages.TrainLmInputMissing, input));
                return ExitCodes.NotFound;
            }
        var options = new LmTrainingOptions { MinBigramCount = Math.Max(1, minBigram), MinTrigramCount = Math.Max(Math.Max(1, minBigram), minTrigram), OcrPairs = ocrPairs, MinFourgramCount = Math.Max(1, minFourgram) };
        var (model, channel) = LmTrainer.Train(inputs, options, new Progress<string>(stderr.WriteLine));
        var directory = Path.GetDirectoryName(Path.GetFullPath(output));
        if (directory is not null)
            Directory.CreateDirectory(directory);
        using (var stream = File.Create(output))
            model.Save(stream);
        channelOutput ??= Path.ChangeExtension(output, ".channel.tsv");
        using (var writer = new StreamWriter(channelOutput, false, new System.Text.UTF8Encoding(false)))
            channel.WriteTable(writer);
        var megabytes = (new FileInfo(output).Length / 1048576.0).ToString("0.0", CultureInfo.GetCultureInfo("vi-VN"));
        stdout.WriteLine(string.Format(Messages.TrainLmDone, output, model.VocabularySize, model.BigramCount, model.TrigramCount, megabytes, model.FourgramCount));
        return ExitCodes.Ok;
    }
}
