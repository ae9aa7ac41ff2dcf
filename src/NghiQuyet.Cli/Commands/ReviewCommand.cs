using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Review;
using NghiQuyet.Data;
using NghiQuyet.Ingest;
using NghiQuyet.Ingest.Reading;

namespace NghiQuyet.Cli.Commands;

/// <summary>
/// <c>nghiquyet review FILE [--format json] [--catalog FILE]</c>: reads a draft report, extracts it and lists what a
/// province office would send back: figures that disagree, numbering slips, verdicts the figures contradict …
/// </summary>
public static class ReviewCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = Messages.HelpReviewFile };
        var format = new Option<string>("--format") { Description = Messages.HelpReviewFormat, DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var catalog = StorageCli.CatalogOption();
        var extraction = new Option<string?>("--extraction")
        {
            Description = Messages.HelpReviewExtraction,
        };
        var command = new Command("review", Messages.HelpReview)
        {
            file, format, catalog, extraction,
        };
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format) ?? "text", parse.GetValue(catalog),
            stdout, stderr, parse.GetValue(extraction)));
        return command;
    }

    public static int Run(string path, string format, string? catalogPath, TextWriter stdout, TextWriter stderr,
        string? extractionPath = null)
    {
        var catalog = CatalogFiles.Load(catalogPath);
        if (!catalog.Success)
        {
            stderr.WriteLine(catalog.Error);
            return ExitCodes.BadInput;
        }
        if (!File.Exists(path))
        {
            stderr.WriteLine(string.Format(Messages.FileNotFound, path));
            return ExitCodes.NotFound;
        }
        var report = extractionPath is null ? ReportIngest.ExtractFile(path) : WithExtraction(path, extractionPath);
        if (!report.Success)
        {
            stderr.WriteLine(report.Error);
            return extractionPath is not null && !File.Exists(extractionPath) ? ExitCodes.NotFound : ExitCodes.BadInput;
        }
        // The province's own targets (for weaker_than_province) come from the database once storage is in place.
        var findings = new DraftReviewer(catalog.Value).Review(report.Value.Source, report.Value.Extraction);
        Write(findings, format, stdout);
        return ExitCodes.Ok;
    }

    /// <summary>The file read as usual, its extraction taken from a JSON file a person has checked.</summary>
    private static Result<IngestedReport> WithExtraction(string path, string extractionPath)
    {
        if (!File.Exists(extractionPath))
            return Result<IngestedReport>.Fail(string.Format(Messages.FileNotFound, extractionPath));
        var jsonRead = BoundedFile.Read(extractionPath);
        if (!jsonRead.Success)
            return Result<IngestedReport>.Fail(jsonRead.Error);
        var json = System.Text.Encoding.UTF8.GetString(jsonRead.Value).TrimStart('\uFEFF');
        var read = BoundedFile.Read(path);
        if (!read.Success)
            return Result<IngestedReport>.Fail(read.Error);
        var bytes = read.Value;
        var name = Path.GetFileName(path);
        return ExtractionJson.Deserialize(json).Bind(extraction =>
            DocumentReader.Read(name, bytes).Map(source => new IngestedReport(name, bytes, source, extraction)));
    }

    private static readonly JsonSerializerOptions Json = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Text: one line per finding, then a count. JSON: <c>{"findings": [{"kind", "line", "other_line", "message"}]}</c>.</summary>
    public static void Write(IReadOnlyList<ReviewFinding> findings, string format, TextWriter stdout)
    {
        if (format == "json")
        {
            stdout.WriteLine(JsonSerializer.Serialize(new { findings }, Json));
            return;
        }
        if (findings.Count == 0)
        {
            stdout.WriteLine(Messages.ReviewNoFindings);
            return;
        }
        foreach (var f in findings)
            stdout.WriteLine(f.OtherLine is { } other
                ? string.Format(Messages.ReviewFindingLines, f.Line, other, f.Kind, f.Message)
                : string.Format(Messages.ReviewFindingLine, f.Line, f.Kind, f.Message));
        stdout.WriteLine(string.Format(Messages.ReviewSummary, findings.Count));
    }
}
