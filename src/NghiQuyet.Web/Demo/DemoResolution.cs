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

    /// <summary>The benchmark's 40 targets a commune: the demo's twelve and 28 more of the kinds commune reports set.</summary>
    public static readonly IReadOnlyList<DemoTarget> FullTargets =
    [
        .. Targets,
        new("13", TargetGroup.Economy, "Sản lượng quả các loại", TargetOp.AtLeast, 4200m, "tấn", 2600m),
        new("14", TargetGroup.Economy, "Sản lượng thịt hơi xuất chuồng", TargetOp.AtLeast, 900m, "tấn", 610m),
        new("15", TargetGroup.Economy, "Sản lượng thủy sản", TargetOp.AtLeast, 150m, "tấn", 95m),
        new("16", TargetGroup.Economy, "Tổng đàn gia súc", TargetOp.AtLeast, 16000m, "con", 12500m),
        new("17", TargetGroup.Economy, "Tổng đàn gia cầm", TargetOp.AtLeast, 120000m, "con", 86000m),
        new("18", TargetGroup.Economy, "Diện tích cây ăn quả", TargetOp.AtLeast, 1800m, "ha", 1150m),
        new("19", TargetGroup.Economy, "Diện tích cây công nghiệp", TargetOp.AtLeast, 950m, "ha", 700m),
        new("20", TargetGroup.Economy, "Số hợp tác xã duy trì hoạt động", TargetOp.AtLeast, 25m, "hợp tác xã", 12m),
        new("21", TargetGroup.Economy, "Số sản phẩm OCOP đạt 3 sao trở lên", TargetOp.AtLeast, 8m, "sản phẩm", 2m),
        new("22", TargetGroup.Economy, "Tổng lượt khách du lịch", TargetOp.AtLeast, 30000m, "lượt người", 11000m),
        new("23", TargetGroup.Economy, "Tổng vốn đầu tư toàn xã hội", TargetOp.AtLeast, 1200m, "tỷ đồng", 640m),
        new("24", TargetGroup.Economy, "Tỷ lệ đường giao thông xã được cứng hóa", TargetOp.AtLeast, 95m, "%", 68m),
        new("25", TargetGroup.Society, "Tỷ lệ hộ nghèo, cận nghèo", TargetOp.AtMost, 18m, "%", 42m),
        new("26", TargetGroup.Society, "Tỷ lệ lao động tham gia bảo hiểm xã hội", TargetOp.AtLeast, 25m, "%", 9m),
        new("27", TargetGroup.Society, "Tỷ lệ trẻ em dưới 1 tuổi được tiêm chủng đầy đủ các loại vắc xin", TargetOp.AtLeast, 98m, "%", 91m),
        new("28", TargetGroup.Society, "Tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi", TargetOp.AtMost, 18m, "%", 27m),
        new("29", TargetGroup.Society, "Số lao động được giải quyết việc làm mới", TargetOp.AtLeast, 350m, "người", 180m),
        new("30", TargetGroup.Society, "Tỷ lệ hộ gia đình đạt danh hiệu Gia đình văn hóa", TargetOp.AtLeast, 90m, "%", 78m),
        new("31", TargetGroup.Society, "Tỷ lệ bản đạt tiêu chuẩn bản văn hóa", TargetOp.AtLeast, 85m, "%", 64m),
        new("32", TargetGroup.Society, "Tỷ lệ hộ được sử dụng điện lưới quốc gia", TargetOp.AtLeast, 99m, "%", 92m),
        new("33", TargetGroup.Society, "Số bản đạt chuẩn nông thôn mới", TargetOp.AtLeast, 12m, "bản", 3m),
        new("34", TargetGroup.Environment, "Diện tích rừng trồng mới", TargetOp.AtLeast, 300m, "ha", 120m),
        new("35", TargetGroup.Environment, "Tỷ lệ chất thải rắn sinh hoạt được thu gom", TargetOp.AtLeast, 80m, "%", 45m),
        new("36", TargetGroup.Environment, "Tỷ lệ hộ chăn nuôi có chuồng trại đảm bảo vệ sinh môi trường", TargetOp.AtLeast, 85m, "%", 52m),
        new("37", TargetGroup.DefenseSecurity, "Tỷ lệ hoàn thành chỉ tiêu giao quân", TargetOp.AtLeast, 100m, "%", 96m),
        new("38", TargetGroup.DefenseSecurity, "Tỷ lệ bản, cơ quan, đơn vị đạt tiêu chuẩn không có ma túy", TargetOp.AtLeast, 80m, "%", 55m),
        new("39", TargetGroup.PartyBuilding, "Tỷ lệ hồ sơ giải quyết thủ tục hành chính được số hóa", TargetOp.AtLeast, 100m, "%", 40m),
        new("40", TargetGroup.PartyBuilding, "Tỷ lệ dịch vụ công trực tuyến toàn trình", TargetOp.AtLeast, 80m, "%", 20m),
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
    public static string Text(string communeFullName, string provinceFullName) => Text(communeFullName, provinceFullName, Targets);

    public static string Text(string communeFullName, string provinceFullName, IReadOnlyList<DemoTarget> targets)
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
            text.AppendLine($"{i + 1} | {r.Name} | {r.Unit} | {VietnameseNumber.Format(r.Target!.Value)} | {VietnameseNumber.Format(r.Actual!.Value)} | {Shared.Format.Verdict(r.Verdict)}");
        }
        text.AppendLine("Các chỉ tiêu chủ yếu đến năm 2030:");
        foreach (var t in targets)
            text.AppendLine($"({t.Item}) {t.Name} {OpWords(t.Op)} {VietnameseNumber.Format(t.Value)} {t.Unit}.");
        return text.ToString();
    }

    public static ExtractionResult Extraction(string communeFullName, string provinceName) => Extraction(communeFullName, provinceName, Targets);

    public static ExtractionResult Extraction(string communeFullName, string provinceName, IReadOnlyList<DemoTarget> specs)
    {
        // Lines as Text prints them: 4 header lines, the table's title and head, its rows, then the targets' heading.
        const int firstPreviousLine = 7;
        var firstTargetLine = firstPreviousLine + PreviousResults.Count + 1;
        var previous = PreviousResults.Select((r, i) => r with { Line = firstPreviousLine + i }).ToList();
        var targets = specs.Select((t, i) => new ExtractedTarget(t.Item, t.Group, t.Name, t.Op, t.Value, null, t.Unit, TermTo, firstTargetLine + i)).ToList();
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
