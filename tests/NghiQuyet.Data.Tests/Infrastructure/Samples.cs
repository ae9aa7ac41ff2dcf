using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;
using NghiQuyet.Data.Storage;
using NghiQuyet.Ingest;
using NghiQuyet.Ingest.Reading;
using NghiQuyet.Testing;

namespace NghiQuyet.Data.Tests.Infrastructure;

/// <summary>
/// The three sample reports as an import sees them. The extraction is the real extractor's (ReportIngest) where it
/// succeeds, else the gold file's, so the storage tests run before and after the extractor lands.
/// </summary>
public sealed record Sample(string Name, ImportRequest Request, bool FromRealExtractor)
{
    public static readonly string[] Names = ["muong-lam", "bac-yen", "phieng-pan-ocr"];

    public ExtractionResult Extraction => Request.Extraction;

    public static Sample Load(string name)
    {
        var path = SharedData.File("corpus", name + ".txt");
        var ingested = ReportIngest.ExtractFile(path);
        if (ingested.Success)
        {
            var r = ingested.Value;
            return new Sample(name, new ImportRequest(r.FileName, r.Source.Format, r.OriginalBytes, r.Extraction, r.Source), true);
        }
        var bytes = File.ReadAllBytes(path);
        var source = DocumentReader.Read(name + ".txt", bytes);
        var gold = ExtractionJson.Deserialize(File.ReadAllText(SharedData.File("corpus", "gold", name + ".json")));
        Assert.True(gold.Success, gold.Error);
        return new Sample(name, new ImportRequest(name + ".txt", "txt", bytes, gold.Value, source.Success ? source.Value : null), false);
    }

    /// <summary>A small made-up report of our own (no shared data needed).</summary>
    public static ImportRequest Fixture(string organization = "Đảng bộ xã Mường Lầm", string province = "Sơn La", string salt = "")
    {
        var extraction = new ExtractionResult(
            new DocumentHeader(organization, OrganizationLevel.Commune, province, 1, new Term(2025, 2030), Diacritics.Full),
            [
                new ExtractedTarget("1", TargetGroup.Economy, "Thu ngân sách trên địa bàn", TargetOp.Equal, 2.5m, null, "tỷ đồng", 2030, 10),
                new ExtractedTarget("2", TargetGroup.Society, "Tỷ lệ hộ nghèo giảm bình quân", TargetOp.DecreaseBy, 3m, null, "%/năm", 2030, 12),
                new ExtractedTarget("3", TargetGroup.Economy, "Sản lượng lương thực", TargetOp.AtLeast, 9589m, null, "tấn", 2030, 14),
                new ExtractedTarget("3", TargetGroup.Economy, "Đàn trâu", TargetOp.Equal, 3550m, null, "con", 2030, 14),
                new ExtractedTarget("4", TargetGroup.Society, "Tỷ lệ trường đạt chuẩn quốc gia", TargetOp.Range, 65m, 70m, "%", 2030, 16),
            ],
            [
                new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45m, 47.2m, PrintedVerdict.Exceeded, 31),
                new PreviousTermResult("Biểu 02", "Số thôn có đường ô tô", "thôn", 12m, 11m, PrintedVerdict.NotMet, 41),
            ]);
        var lines = new List<SourceLine>();
        for (var i = 1; i <= 45; i++)
            lines.Add(new SourceLine(i, i switch
            {
                28 => "Biểu 01",
                29 => "BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ ĐỨA MÒN, NHIỆM KỲ 2020-2025",
                38 => "Biểu 02",
                39 => "BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ MƯỜNG LẦM, NHIỆM KỲ 2020-2025",
                _ => "…",
            }));
        var bytes = System.Text.Encoding.UTF8.GetBytes($"Báo cáo thử {organization} {salt}");
        return new ImportRequest("thu.txt", "txt", bytes, extraction, new SourceDocument("thu.txt", "txt", lines));
    }
}
