using System.Text;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Demo;

/// <summary>One target of the demo resolution, with the figure it starts from in 2020 (made-up, plausible figures).</summary>
internal sealed record DemoTarget(string Item, TargetGroup Group, string Name, TargetOp Op, decimal Value, string Unit, decimal Start);

/// <summary>
/// The demo resolution every seeded commune gets (term 2025–2030), written for this project in the style of a commune
/// congress report: no real report's text is copied, only the kind of indicators such reports set.
/// </summary>
internal static class DemoResolution
{
    public static readonly IReadOnlyList<DemoTarget> Targets =
    [
        new("1", TargetGroup.Economy, "Thu nhập bình quân đầu người", TargetOp.AtLeast, 60m, "triệu đồng/người/năm", 32m),
        new("2", TargetGroup.Economy, "Tổng sản lượng lương thực có hạt", TargetOp.AtLeast, 9500m, "tấn", 7200m),
        new("3", TargetGroup.Economy, "Thu ngân sách nhà nước trên địa bàn", TargetOp.AtLeast, 6.5m, "tỷ đồng", 3.1m),
        new("4", TargetGroup.Society, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", TargetOp.AtMost, 10m, "%", 31.5m),
        new("5", TargetGroup.Society, "Tỷ lệ trường học đạt chuẩn quốc gia", TargetOp.AtLeast, 80m, "%", 40m),
        new("6", TargetGroup.Society, "Tỷ lệ dân số tham gia bảo hiểm y tế", TargetOp.AtLeast, 95m, "%", 88m),
        new("7", TargetGroup.Society, "Tỷ lệ lao động qua đào tạo", TargetOp.AtLeast, 60m, "%", 35m),
        new("8", TargetGroup.Environment, "Tỷ lệ che phủ rừng", TargetOp.AtLeast, 55m, "%", 46m),
        new("9", TargetGroup.Environment, "Tỷ lệ hộ dân nông thôn sử dụng nước sinh hoạt hợp vệ sinh", TargetOp.AtLeast, 98m, "%", 85m),
        new("10", TargetGroup.DefenseSecurity, "Tỷ lệ bản đạt tiêu chuẩn an toàn về an ninh, trật tự", TargetOp.AtLeast, 90m, "%", 70m),
        new("11", TargetGroup.PartyBuilding, "Tỷ lệ chi bộ hoàn thành tốt nhiệm vụ trở lên", TargetOp.AtLeast, 90m, "%", 75m),
        new("12", TargetGroup.PartyBuilding, "Tỷ lệ người dân hài lòng với sự phục vụ của cơ quan hành chính", TargetOp.AtLeast, 90m, "%", 72m),
    ];

    /// <summary>The 2020–2025 results the report prints before the new targets (made-up figures, one of each verdict).</summary>
    public static readonly IReadOnlyList<PreviousTermResult> PreviousResults =
    [
        new("Biểu 01", "Thu nhập bình quân đầu người", "triệu đồng/người/năm", 30m, 32m, PrintedVerdict.Exceeded, 0),
        new("Biểu 01", "Tổng sản lượng lương thực có hạt", "tấn", 7200m, 7200m, PrintedVerdict.Met, 0),
        new("Biểu 01", "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", "%", 25m, 31.5m, PrintedVerdict.NotMet, 0),
        new("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45m, 46m, PrintedVerdict.Exceeded, 0),
    ];

    public const int TermFrom = 2025;
    public const int TermTo = 2030;

    /// <summary>The document as a commune would print it; its lines are what the extraction's line numbers point at.</summary>
    public static string Text(string communeFullName, string provinceFullName)
    {
        var text = new StringBuilder();
        text.AppendLine($"ĐẢNG BỘ {communeFullName.ToUpperInvariant()}");
        text.AppendLine($"BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ {communeFullName.ToUpperInvariant()}, {provinceFullName.ToUpperInvariant()}");
        text.AppendLine($"TẠI ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ XÃ LẦN THỨ I, NHIỆM KỲ {TermFrom} - {TermTo}");
        text.AppendLine("(Dữ liệu mẫu của hệ thống NghiQuyet, không phải văn bản thật)");
        text.AppendLine($"Biểu 01: Kết quả thực hiện các chỉ tiêu nhiệm kỳ {TermFrom - 5} - {TermFrom}");
        text.AppendLine("TT | Chỉ tiêu | Đơn vị | Chỉ tiêu NQ | Kết quả | Đánh giá");
        for (var i = 0; i < PreviousResults.Count; i++)
        {
            var r = PreviousResults[i];
            text.AppendLine($"{i + 1} | {r.Name} | {r.Unit} | {VietnameseNumber.Format(r.Target!.Value)} | {VietnameseNumber.Format(r.Actual!.Value)} | {Reports.Format.Verdict(r.Verdict)}");
        }
        text.AppendLine("Các chỉ tiêu chủ yếu đến năm 2030:");
        foreach (var t in Targets)
            text.AppendLine($"({t.Item}) {t.Name} {OpWords(t.Op)} {VietnameseNumber.Format(t.Value)} {t.Unit}.");
        return text.ToString();
    }

    public static ExtractionResult Extraction(string communeFullName, string provinceName)
    {
        // Lines as Text prints them: 4 header lines, the table's title and head, its rows, then the targets' heading.
        const int firstPreviousLine = 7;
        var firstTargetLine = firstPreviousLine + PreviousResults.Count + 1;
        var previous = PreviousResults.Select((r, i) => r with { Line = firstPreviousLine + i }).ToList();
        var targets = Targets.Select((t, i) => new ExtractedTarget(t.Item, t.Group, t.Name, t.Op, t.Value, null, t.Unit, TermTo, firstTargetLine + i)).ToList();
        return new ExtractionResult(
            new DocumentHeader("Đảng bộ " + communeFullName.ToLowerInvariant().Replace("xã ", "xã ", StringComparison.Ordinal),
                OrganizationLevel.Commune, provinceName, 1, new Term(TermFrom, TermTo), Diacritics.Full),
            targets, previous);
    }

    private static string OpWords(TargetOp op) => op switch
    {
        TargetOp.AtMost => "giảm xuống còn dưới",
        _ => "đạt trên",
    };
}
