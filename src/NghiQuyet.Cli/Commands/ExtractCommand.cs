using System.CommandLine;
using System.Text;
using NghiQuyet.Core;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Ingest;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet extract FILE [--format json|table]</c>: a report → its targets and previous-term results.</summary>
public static class ExtractCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var file = new Argument<string>("FILE") { Description = Messages.HelpExtractFile };
        var format = new Option<string>("--format", "-f")
        {
            Description = Messages.HelpExtractFormat,
            DefaultValueFactory = _ => "table",
        };
        format.AcceptOnlyFromAmong("table", "json");
        var command = new Command("extract", Messages.HelpExtract);
        command.Arguments.Add(file);
        command.Options.Add(format);
        command.SetAction(parse => Run(parse.GetValue(file)!, parse.GetValue(format) ?? "table", stdout, stderr));
        return command;
    }

    public static int Run(string path, string format, TextWriter stdout, TextWriter stderr)
    {
        var ingested = ReportIngest.ExtractFile(path);
        if (!ingested.Success)
        {
            stderr.WriteLine(ingested.Error);
            return File.Exists(path) ? ExitCodes.BadInput : ExitCodes.NotFound;
        }
        var extraction = ingested.Value.Extraction;
        foreach (var warning in extraction.Warnings)
            stderr.WriteLine(string.Format(Messages.ExtractWarning, warning));
        stdout.Write(format == "json" ? ExtractionJson.Serialize(extraction) + "\n" : ExtractionTable.Render(extraction));
        return ExitCodes.Ok;
    }
}

/// <summary>The readable Vietnamese table of an extraction: targets by group, then a summary of the previous term.</summary>
public static class ExtractionTable
{
    public static string Render(ExtractionResult r)
    {
        var sb = new StringBuilder();
        var d = r.Document;
        sb.AppendLine(d.Organization ?? Messages.UnknownOrganization);
        var parts = new List<string>();
        if (d.Congress is { } c) parts.Add(string.Format(Messages.CongressNumber, Roman(c)));
        if (d.Term is { } t) parts.Add(string.Format(Messages.TermYears, t.From, t.To));
        if (d.Province is { } p) parts.Add(string.Format(Messages.ProvinceName, p));
        if (d.Diacritics == Diacritics.Missing) parts.Add(Messages.NoToneMarks);
        if (parts.Count > 0) sb.AppendLine(string.Join(" · ", parts));
        sb.AppendLine();
        sb.AppendLine(string.Format(Messages.TargetsTitle, r.Targets.Count));
        var termEnd = d.Term?.To;
        var low = r.Targets.Count(x => x.Confidence < ExtractedTarget.LowConfidence);
        if (low > 0)
            sb.AppendLine(string.Format(Messages.LowConfidenceSummary, low));
        foreach (var group in DomainWords.Groups)
        {
            var rows = r.Targets.Where(x => x.Group == group).ToList();
            if (rows.Count == 0) continue;
            sb.AppendLine();
            sb.AppendLine($"{DomainWords.Group(group)} ({rows.Count})");
            foreach (var x in rows)
            {
                var item = x.Item is null ? "   " : $"({x.Item})".PadRight(5);
                var mark = x.Confidence is { } conf && conf < ExtractedTarget.LowConfidence ? "  " + string.Format(Messages.LowConfidenceMark, VietnameseNumber.Format((decimal)Math.Round(conf, 2))) : "";
                sb.AppendLine(string.Format(Messages.ExtractTargetLine, item, Trim(x.Name, 70), Figure(x, termEnd), x.Line, mark));
            }
        }
        if (r.Results.Count > 0)
        {
            sb.AppendLine();
            var exceeded = r.Results.Count(x => x.Verdict == PrintedVerdict.Exceeded);
            var met = r.Results.Count(x => x.Verdict == PrintedVerdict.Met);
            var notMet = r.Results.Count(x => x.Verdict == PrintedVerdict.NotMet);
            sb.AppendLine(string.Format(Messages.ResultsSummary, r.Results.Count, exceeded, met, notMet));
            foreach (var table in r.Results.GroupBy(x => x.Table ?? "—"))
                sb.AppendLine(string.Format(Messages.ExtractResultsTableLine, table.Key, table.Count()));
        }
        return sb.ToString();
    }

    public static string Figure(ExtractedTarget x) => Figure(x, null);

    /// <summary>The figure in words; the year is said where it is not the term's last (<paramref name="termEnd"/>, 2030 if unknown).</summary>
    public static string Figure(ExtractedTarget x, int? termEnd)
    {
        var text = DomainWords.Target(x);
        return x.Year == (termEnd ?? 2030) ? text : string.Format(Messages.TargetInYear, text, x.Year);
    }

    /// <summary>Congresses are numbered in Roman numerals: "lần thứ XV".</summary>
    public static string Roman(int n)
    {
        if (n is <= 0 or >= 4000) return n.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var sb = new StringBuilder();
        foreach (var (value, numeral) in new[] { (1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"), (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I") })
        {
            while (n >= value) { sb.Append(numeral); n -= value; }
        }
        return sb.ToString();
    }

    private static string Trim(string s, int max) => s.Length <= max ? s : s[..(max - 1)] + "…";
}
