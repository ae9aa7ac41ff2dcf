namespace NghiQuyet.Ingest.Tests.Extraction.Tables;

/// <summary>
/// One combined province table — the old term's target, what was achieved, the ratio, the new term's target, a note —
/// written for these tests in the shape such appendices take (indicator names and figures are of the genre, the rows
/// are made up), and printed the ways it reaches a reader: flattened text, ruled with "|", set apart by spaces, damaged
/// by OCR. Each form must read back to the same rows.
/// </summary>
internal static class ProvinceTableFixtures
{
    /// <summary>(name words, unit, old target, achieved, new target) of each data row, in order.</summary>
    public static readonly (string Name, decimal Target, decimal Actual, decimal NewTarget, decimal? NewTargetMax)[] Rows =
    [
        ("tăng trưởng kinh tế", 7.0m, 6.8m, 8.0m, null),
        ("GRDP bình quân đầu người", 75m, 78.5m, 120m, null),
        ("vốn đầu tư toàn xã hội", 120m, 131.2m, 200m, null),
        ("đô thị hóa", 22m, 20.5m, 28m, null),
        ("hộ nghèo", 3m, 4.2m, 2m, 3m),
        ("bác sĩ", 10m, 11.2m, 13m, null),
        ("lao động qua đào tạo", 65m, 67m, 75m, null),
        ("che phủ rừng", 46m, 47.5m, 50m, null),
    ];

    /// <summary>Header cells, as a province prints them (the ratio is "so với NQ", the new target "đến năm 2030").</summary>
    public static readonly string[] Header =
        ["STT", "Chỉ tiêu", "Đơn vị tính", "Chỉ tiêu NQ Đại hội XIV", "Thực hiện đến năm 2025", "Tỷ lệ (%) so với NQ", "Mục tiêu đến năm 2030", "Ghi chú"];

    /// <summary>Every row as cells; a group row has its letter and heading only; the row of "hộ nghèo" leaves its ratio empty.</summary>
    public static readonly string[][] Body =
    [
        ["A", "Chỉ tiêu kinh tế", "", "", "", "", "", ""],
        ["1", "Tốc độ tăng trưởng kinh tế (GRDP) bình quân", "%/năm", "7,0", "6,8", "97,1", "8,0", ""],
        ["2", "GRDP bình quân đầu người", "Triệu đồng", "75", "78,5", "104,7", "120", ""],
        ["3", "Tổng vốn đầu tư toàn xã hội 5 năm", "Nghìn tỷ đồng", "120", "131,2", "109,3", "200", ""],
        ["4", "Tỷ lệ đô thị hóa", "%", "22", "20,5", "93,2", "28", ""],
        ["B", "Chỉ tiêu xã hội", "", "", "", "", "", ""],
        ["5", "Tỷ lệ hộ nghèo giảm bình quân", "%/năm", "3-4", "4,2", "", "2-3", ""],
        ["6", "Số bác sĩ/vạn dân", "Bác sĩ", "10", "11,2", "112", "13", ""],
        ["7", "Tỷ lệ lao động qua đào tạo", "%", "65", "67", "103", "75", "Trong đó có bằng cấp ≥ 30%"],
        ["C", "Chỉ tiêu môi trường", "", "", "", "", "", ""],
        ["8", "Tỷ lệ che phủ rừng", "%", "46", "47,5", "103,3", "50", ""],
    ];

    private const string Caption = """
        Phụ lục 01
        KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NHIỆM KỲ 2020 - 2025 VÀ MỤC TIÊU NHIỆM KỲ 2025 - 2030
        """;

    /// <summary>A line above the "STT" line naming the two terms, as a stacked header prints it.</summary>
    private const string TermsLine = "Nhiệm kỳ 2020 - 2025 Nhiệm kỳ 2025 - 2030";

    /// <summary>Cells joined by single spaces (PDF text, a copied table), the header repeated after row 4 as at a page break.</summary>
    public static string Flattened() => Caption + "\n" + TermsLine + "\n" + Lines(" ", ruled: false);

    /// <summary>Cells ruled with "|" and outer borders, empty cells kept.</summary>
    public static string Ruled() => Caption + "\n" + Lines(" | ", ruled: true);

    /// <summary>Cells set apart by runs of spaces (a PDF's text with its layout): empty cells leave no trace.</summary>
    public static string Spaced() => Caption + "\n" + TermsLine + "\n" + Lines("   ", ruled: false);

    private static string Lines(string separator, bool ruled)
    {
        var lines = new List<string> { Row(Header, separator, ruled) };
        for (var i = 0; i < Body.Length; i++)
        {
            var cells = Body[i];
            lines.Add(Row(ruled ? cells : [.. cells.Where(c => c.Length > 0)], separator, ruled));
            if (cells[0] == "4")
                lines.Add(Row(Header, separator, ruled)); // the page break repeats the header
        }
        return string.Join('\n', lines) + "\n";
    }

    private static string Row(string[] cells, string separator, bool ruled) =>
        ruled ? "| " + string.Join(separator, cells) + " |" : string.Join(separator, cells.Where(c => c.Length > 0));

    /// <summary>
    /// The flattened table as an English OCR model reads a scan of it, damaged by hand along the look-alike classes
    /// (tone marks lost or turned into é/ó, ô→6, ư→w, Đ→P/B, l→1, a group's "B" read "8" is not used: "II" read "Il"),
    /// the repeated header misread differently from the first.
    /// </summary>
    public const string OcrDamaged = """
        Phu luc 01
        KET QUA THUC HIEN CAC CHi TIEU NHIEM KY 2020 - 2025 VA MUC TIEU NHIEM KY 2025 - 2030
        Nhiém ky 2020 - 2025 Nhiém ky 2025 - 2030
        STT Chi tiéu Don vi tinh Chi tiéu NQ Dai hoi XIV Thyc hién dén nam 2025 Ty 1é (%) so véi NQ Muc tiéu dén nam 2030 Ghi cha
        A Chi tiéu kinh té
        1 Téc d6 tang trudng kinh té (GRDP) binh quan %/nam 7,0 6,8 97,1 8,0
        2 GRDP binh quan dau ngudi Triéu déng 75 78,5 104,7 120
        3 Téng v6n dau tw toan xa hdi 5 nam Nghin ty déng 120 131,2 109,3 200
        4 Ty 1é dé thi héa % 22 20,5 93,2 28
        STT Chi tieu Bon vi tinh Chi tiéu NQ Pai hoi XIV Thuc hien dén nam 2025 Ty lé (%) so voi NQ Myc tiéu dén nam 2030 Ghi chu
        Il Chi tiéu vé xa hdi
        5 Ty 1é h6 nghéo giam binh quan %/nam 3-4 4,2 2-3
        6 S6 bac si/van dan Bac si 10 11,2 112 13
        7 Ty lé lao dong qua dao tao % 65 67 103 75 Trong d6 c6 bang cap > 30%
        C Chi tiéu vé méi trudng
        8 Ty 1é che phu rimg % 46 47,5 103,3 50
        """;
}
