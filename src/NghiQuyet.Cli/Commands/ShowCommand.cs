using System.CommandLine;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Text;
using NghiQuyet.Data.Storage;

namespace NghiQuyet.Cli.Commands;

/// <summary><c>nghiquyet show --org CODE [--format json]</c>: the unit's resolution, its targets and previous results.</summary>
internal static class ShowCommand
{
    public static Command Create(TextWriter stdout, TextWriter stderr)
    {
        var org = StorageCli.OrgOption(required: true);
        var format = new Option<string>("--format") { Description = "text (mặc định) hoặc json (nq-extract/1 kèm mã bản ghi)", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var db = StorageCli.DbOption();
        var command = new Command("show", "Xem nghị quyết của đơn vị: chỉ tiêu và kết quả nhiệm kỳ trước") { org, format, db };
        command.SetAction(parse => !StorageCli.KnownUnit(parse.GetValue(org)!, stderr) ? ExitCodes.NotFound : StorageCli.Run(stderr, parse.GetValue(db), context =>
        {
            var stored = new ResolutionStore(context).Current(parse.GetValue(org)!);
            if (!stored.Success)
            {
                stderr.WriteLine(stored.Error);
                return ExitCodes.NotFound;
            }
            if (parse.GetValue(format) == "json")
                stdout.WriteLine(ResolutionStore.ToJson(stored.Value));
            else
                WriteText(stdout, stored.Value, context);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static void WriteText(TextWriter o, StoredResolution stored, Data.NghiQuyetDbContext context)
    {
        var r = stored.Resolution;
        var org = stored.Organization;
        var status = r.Status == ResolutionStatus.Published ? Messages.ResolutionPublished : Messages.ResolutionDraft;
        o.WriteLine($"{org.FullName} ({org.Code}) — nghị quyết Đại hội lần thứ {r.CongressNumber?.ToString() ?? "?"}, nhiệm kỳ {r.TermFrom}–{r.TermTo} ({status})");
        o.WriteLine($"Mã nghị quyết: {r.Id}");
        o.WriteLine($"Nguồn: {stored.SourceFileName} (SHA-256 {stored.SourceSha256[..12]}…), nhập {MeasurementService.FormatTime(r.CreatedAt)} bởi {r.CreatedBy}");
        if (org.Predecessors.Count > 0)
            o.WriteLine("Hình thành từ: " + string.Join("; ", org.Predecessors.Select(p => p.District is null ? p.FullName : $"{p.FullName} ({p.District})")));

        var targetIds = r.Targets.Select(t => t.Id).ToList();
        var figures = context.Measurements.AsNoTracking().Where(m => targetIds.Contains(m.TargetId)).ToList()
            .ToLookup(m => m.TargetId);
        o.WriteLine();
        o.WriteLine($"Chỉ tiêu ({r.Targets.Count}):");
        foreach (var t in r.Targets.OrderBy(t => t.Position))
        {
            var value = MeasurementService.Describe(t);
            var line = $"  {t.Item ?? "-",-4} {t.EffectiveName}: {StorageCli.OpText(t.EffectiveOp)}{value} (năm {t.EffectiveYear}; dòng {t.Line})";
            if (t.IsCorrected)
                line += $" [đã sửa bởi {t.CorrectedBy}]";
            o.WriteLine(line);
            foreach (var m in figures[t.Id].OrderBy(m => m.Year))
                o.WriteLine($"         {m.Year}: {VietnameseNumber.Format(m.Value)}{(m.Denominator is { } d ? $" ({VietnameseNumber.Format(m.Numerator!.Value)}/{VietnameseNumber.Format(d)})" : "")} — {Measurement.StatusName(m.Status)}, {m.UpdatedBy} {MeasurementService.FormatTime(m.UpdatedAt)}");
        }
        if (r.Results.Count == 0)
            return;
        o.WriteLine();
        o.WriteLine($"Kết quả nhiệm kỳ trước ({r.Results.Count}):");
        foreach (var x in r.Results.OrderBy(x => x.Position))
        {
            var table = x.FormerUnitName is null ? x.Row.Table : $"{x.Row.Table}, {x.FormerUnitName}";
            var target = x.Row.Target is { } tv ? VietnameseNumber.Format(tv) : "—";
            var actual = x.Row.Actual is { } av ? VietnameseNumber.Format(av) : "—";
            var verdict = x.Row.Verdict switch
            {
                Core.Extraction.PrintedVerdict.Exceeded => " — Vượt",
                Core.Extraction.PrintedVerdict.Met => " — Đạt",
                Core.Extraction.PrintedVerdict.NotMet => " — Không đạt",
                _ => "",
            };
            o.WriteLine($"  [{table}] {x.Row.Name}: chỉ tiêu {target}, thực hiện {actual} {x.Row.Unit}{verdict}".Replace("  —", " —"));
        }
    }
}
