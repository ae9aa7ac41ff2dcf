using System.Text;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Demo;

/// <summary>One target of the province's demo resolution (made-up, plausible figures).</summary>
internal sealed record DemoProvinceTarget(string Item, TargetGroup Group, string Name, TargetOp Op, decimal Value, string Unit);

/// <summary>
/// Sơn La's own demo resolution (province level, term 2025–2030), written for this project in the style of a province
/// congress report: no real report's text is copied. Each target is an indicator of the catalog that the communes'
/// demo resolution also sets, so the dashboard can roll the communes' figures up against it.
/// </summary>
internal static class DemoProvinceResolution
{
    public static readonly IReadOnlyList<DemoProvinceTarget> Targets =
    [
        new("1", TargetGroup.Economy, "Thu nhập bình quân đầu người", TargetOp.AtLeast, 70m, "triệu đồng/người/năm"),
        new("2", TargetGroup.Economy, "Tổng sản lượng lương thực có hạt", TargetOp.AtLeast, 690000m, "tấn"),
        new("3", TargetGroup.Economy, "Thu ngân sách nhà nước trên địa bàn", TargetOp.AtLeast, 450m, "tỷ đồng"),
        new("4", TargetGroup.Society, "Tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều", TargetOp.AtMost, 12m, "%"),
        new("5", TargetGroup.Society, "Tỷ lệ trường học đạt chuẩn quốc gia", TargetOp.AtLeast, 75m, "%"),
        new("6", TargetGroup.Society, "Tỷ lệ dân số tham gia bảo hiểm y tế", TargetOp.AtLeast, 96m, "%"),
        new("7", TargetGroup.Society, "Tỷ lệ lao động qua đào tạo", TargetOp.AtLeast, 62m, "%"),
        new("8", TargetGroup.Environment, "Tỷ lệ che phủ rừng", TargetOp.AtLeast, 50m, "%"),
        new("9", TargetGroup.Environment, "Tỷ lệ hộ dân nông thôn sử dụng nước sinh hoạt hợp vệ sinh", TargetOp.AtLeast, 97m, "%"),
        new("10", TargetGroup.DefenseSecurity, "Tỷ lệ bản, tiểu khu đạt tiêu chuẩn an toàn về an ninh, trật tự", TargetOp.AtLeast, 92m, "%"),
        new("11", TargetGroup.PartyBuilding, "Tỷ lệ tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên", TargetOp.AtLeast, 88m, "%"),
        new("12", TargetGroup.PartyBuilding, "Tỷ lệ người dân hài lòng với sự phục vụ của cơ quan hành chính", TargetOp.AtLeast, 90m, "%"),
    ];

    public const int TermFrom = DemoResolution.TermFrom;
    public const int TermTo = DemoResolution.TermTo;
    public const int Congress = 16;

    private static readonly (TargetGroup Group, string Heading)[] Headings =
    [
        (TargetGroup.Economy, "Về kinh tế:"),
        (TargetGroup.Society, "Về văn hóa - xã hội:"),
        (TargetGroup.Environment, "Về môi trường:"),
        (TargetGroup.DefenseSecurity, "Về quốc phòng, an ninh:"),
        (TargetGroup.PartyBuilding, "Về xây dựng Đảng và hệ thống chính trị:"),
    ];

    /// <summary>The document as the province would print it; <see cref="Extraction"/>'s line numbers point into it.</summary>
    public static string Text(string provinceFullName) => string.Join('\n', Lines(provinceFullName).Select(l => l.Text)) + "\n";

    public static ExtractionResult Extraction(string provinceFullName, string provinceName)
    {
        var lines = Lines(provinceFullName);
        var targets = Targets.Select(t => new ExtractedTarget(t.Item, t.Group, t.Name, t.Op, t.Value, null, t.Unit, TermTo,
            lines.First(l => l.Item == t.Item).Number)).ToList();
        return new ExtractionResult(
            new DocumentHeader("Đảng bộ " + provinceFullName.ToLowerInvariant(), OrganizationLevel.Province, provinceName, Congress,
                new Term(TermFrom, TermTo), Diacritics.Full),
            targets, []);
    }

    private static List<(int Number, string Text, string? Item)> Lines(string provinceFullName)
    {
        var upper = provinceFullName.ToUpperInvariant();
        string[] head =
        [
            $"ĐẢNG BỘ {upper}",
            "BÁO CÁO CHÍNH TRỊ CỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH KHÓA XV",
            $"TẠI ĐẠI HỘI ĐẠI BIỂU ĐẢNG BỘ {upper} LẦN THỨ XVI, NHIỆM KỲ {TermFrom} - {TermTo}",
            "(Dữ liệu mẫu của hệ thống NghiQuyet, không phải văn bản thật)",
            $"Phần thứ hai: Phương hướng, mục tiêu, nhiệm vụ và giải pháp chủ yếu nhiệm kỳ {TermFrom} - {TermTo}",
            $"Các chỉ tiêu chủ yếu đến năm {TermTo}:",
        ];
        var lines = new List<(int, string, string?)>();
        foreach (var t in head)
            lines.Add((lines.Count + 1, t, null));
        foreach (var (group, heading) in Headings)
        {
            lines.Add((lines.Count + 1, heading, null));
            foreach (var t in Targets.Where(t => t.Group == group))
                lines.Add((lines.Count + 1, $"({t.Item}) {t.Name} {OpWords(t.Op)} {VietnameseNumber.Format(t.Value)} {t.Unit}.", t.Item));
        }
        return lines;
    }

    private static string OpWords(TargetOp op) => op switch
    {
        TargetOp.AtMost => "giảm xuống còn dưới",
        _ => "đạt trên",
    };
}
