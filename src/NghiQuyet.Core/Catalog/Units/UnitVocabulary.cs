namespace NghiQuyet.Core.Catalog;

/// <summary>What a base unit is: a measure ("ha", "tỷ đồng"), a count of things ("05 trường"), a rate or share.</summary>
public enum UnitKind
{
    /// <summary>A quantity measured in the unit ("ha", "tỷ đồng").</summary>
    Measure,
    /// <summary>A number of counted things ("trường", "hộ").</summary>
    Count,
}

/// <summary>One word of the vocabulary: its canonical, tone-marked spelling, its family and whether it counts things.</summary>
public sealed record UnitWord(string Canonical, UnitFamily Family, UnitKind Kind, decimal Scale = 1m);

/// <summary>
/// The one unit vocabulary of the solution: the base units reports write after a figure, the magnitude words that scale
/// them ("nghìn", "triệu", "tỷ"), the denominators of per-capita and per-year units ("/người", "/1 vạn dân", "/năm"),
/// and the nouns that count the meeting rather than a target ("đại biểu", "chỉ tiêu", "khâu đột phá"). The grammar
/// (<see cref="UnitGrammar"/>), the unit families (<see cref="MeasureUnits"/>) and the table readers all draw on it.
/// </summary>
public static class UnitVocabulary
{
    /// <summary>Base units, measures first. Spellings of one unit share a canonical form ("héc ta" → "ha").</summary>
    public static readonly IReadOnlyList<(string Spelling, UnitWord Word)> Bases = Build(
    [
        ("%", "%", UnitFamily.Percent, UnitKind.Measure),
        ("phần trăm", "%", UnitFamily.Percent, UnitKind.Measure),
        ("‰", "‰", UnitFamily.Percent, UnitKind.Measure),
        ("đồng", "đồng", UnitFamily.Money, UnitKind.Measure),
        ("usd", "USD", UnitFamily.Money, UnitKind.Measure),
        ("đô la mỹ", "USD", UnitFamily.Money, UnitKind.Measure),
        ("ha", "ha", UnitFamily.Area, UnitKind.Measure),
        ("héc ta", "ha", UnitFamily.Area, UnitKind.Measure),
        ("hécta", "ha", UnitFamily.Area, UnitKind.Measure),
        ("hecta", "ha", UnitFamily.Area, UnitKind.Measure),
        ("m2", "m2", UnitFamily.Area, UnitKind.Measure),
        ("m²", "m2", UnitFamily.Area, UnitKind.Measure),
        ("km2", "km2", UnitFamily.Area, UnitKind.Measure),
        ("km²", "km2", UnitFamily.Area, UnitKind.Measure),
        ("m3", "m3", UnitFamily.Unknown, UnitKind.Measure),
        ("m³", "m3", UnitFamily.Unknown, UnitKind.Measure),
        ("km", "km", UnitFamily.Length, UnitKind.Measure),
        ("m", "m", UnitFamily.Length, UnitKind.Measure),
        ("tấn", "tấn", UnitFamily.Mass, UnitKind.Measure),
        ("tạ", "tạ", UnitFamily.Mass, UnitKind.Measure),
        ("kg", "kg", UnitFamily.Mass, UnitKind.Measure),
        ("lít", "lít", UnitFamily.Unknown, UnitKind.Measure),
        ("kwh", "kWh", UnitFamily.Unknown, UnitKind.Measure),
        ("mw", "MW", UnitFamily.Unknown, UnitKind.Measure),
        ("lần", "lần", UnitFamily.Unknown, UnitKind.Measure),
        ("tuổi", "tuổi", UnitFamily.Unknown, UnitKind.Measure),
        ("tiêu chí", "tiêu chí", UnitFamily.Criteria, UnitKind.Count),
        ("con", "con", UnitFamily.Count, UnitKind.Count),
        ("cây", "cây", UnitFamily.Count, UnitKind.Count),
        ("hộ gia đình", "hộ gia đình", UnitFamily.Count, UnitKind.Count),
        ("hộ", "hộ", UnitFamily.Count, UnitKind.Count),
        ("người", "người", UnitFamily.Count, UnitKind.Count),
        ("lượt người", "lượt người", UnitFamily.Count, UnitKind.Count),
        ("lượt khách", "lượt khách", UnitFamily.Count, UnitKind.Count),
        ("lượt", "lượt", UnitFamily.Count, UnitKind.Count),
        ("lao động", "lao động", UnitFamily.Count, UnitKind.Count),
        ("việc làm", "việc làm", UnitFamily.Count, UnitKind.Count),
        ("công dân", "công dân", UnitFamily.Count, UnitKind.Count),
        ("học sinh", "học sinh", UnitFamily.Count, UnitKind.Count),
        ("sinh viên", "sinh viên", UnitFamily.Count, UnitKind.Count),
        ("đảng viên", "đảng viên", UnitFamily.Count, UnitKind.Count),
        ("hội viên", "hội viên", UnitFamily.Count, UnitKind.Count),
        ("đoàn viên", "đoàn viên", UnitFamily.Count, UnitKind.Count),
        ("hợp tác xã", "hợp tác xã", UnitFamily.Count, UnitKind.Count),
        ("htx", "HTX", UnitFamily.Count, UnitKind.Count),
        ("doanh nghiệp", "doanh nghiệp", UnitFamily.Count, UnitKind.Count),
        ("dn", "DN", UnitFamily.Count, UnitKind.Count),
        ("tổ hợp tác", "tổ hợp tác", UnitFamily.Count, UnitKind.Count),
        ("sản phẩm", "sản phẩm", UnitFamily.Count, UnitKind.Count),
        ("trường", "trường", UnitFamily.Count, UnitKind.Count),
        ("phòng học", "phòng học", UnitFamily.Count, UnitKind.Count),
        ("lớp", "lớp", UnitFamily.Count, UnitKind.Count),
        ("bản", "bản", UnitFamily.Count, UnitKind.Count),
        ("thôn", "thôn", UnitFamily.Count, UnitKind.Count),
        ("làng", "làng", UnitFamily.Count, UnitKind.Count),
        ("tiểu khu", "tiểu khu", UnitFamily.Count, UnitKind.Count),
        ("tổ dân phố", "tổ dân phố", UnitFamily.Count, UnitKind.Count),
        ("khu dân cư", "khu dân cư", UnitFamily.Count, UnitKind.Count),
        ("xã", "xã", UnitFamily.Count, UnitKind.Count),
        ("phường", "phường", UnitFamily.Count, UnitKind.Count),
        ("công trình", "công trình", UnitFamily.Count, UnitKind.Count),
        ("dự án", "dự án", UnitFamily.Count, UnitKind.Count),
        ("phong trào", "phong trào", UnitFamily.Count, UnitKind.Count),
        ("mô hình", "mô hình", UnitFamily.Count, UnitKind.Count),
        ("chi bộ", "chi bộ", UnitFamily.Count, UnitKind.Count),
        ("tổ chức cơ sở đảng", "tổ chức cơ sở đảng", UnitFamily.Count, UnitKind.Count),
        ("tổ chức", "tổ chức", UnitFamily.Count, UnitKind.Count),
        ("cơ sở", "cơ sở", UnitFamily.Count, UnitKind.Count),
        ("giường bệnh", "giường bệnh", UnitFamily.Count, UnitKind.Count),
        ("bác sĩ", "bác sĩ", UnitFamily.Count, UnitKind.Count),
        ("nhà văn hóa", "nhà văn hóa", UnitFamily.Count, UnitKind.Count),
        ("căn hộ", "căn hộ", UnitFamily.Count, UnitKind.Count),
        ("căn nhà", "căn nhà", UnitFamily.Count, UnitKind.Count),
        ("căn", "căn", UnitFamily.Count, UnitKind.Count),
        ("ngôi nhà", "ngôi nhà", UnitFamily.Count, UnitKind.Count),
        ("cụm công nghiệp", "cụm công nghiệp", UnitFamily.Count, UnitKind.Count),
        ("khu công nghiệp", "khu công nghiệp", UnitFamily.Count, UnitKind.Count),
        ("khu du lịch", "khu du lịch", UnitFamily.Count, UnitKind.Count),
        ("câu lạc bộ", "câu lạc bộ", UnitFamily.Count, UnitKind.Count),
        ("chợ", "chợ", UnitFamily.Count, UnitKind.Count),
        ("trạm", "trạm", UnitFamily.Count, UnitKind.Count),
        ("tuyến", "tuyến", UnitFamily.Count, UnitKind.Count),
        ("cán bộ", "cán bộ", UnitFamily.Count, UnitKind.Count),
        ("tỉnh, thành phố", "tỉnh, thành phố", UnitFamily.Count, UnitKind.Count),
        ("tỉnh", "tỉnh", UnitFamily.Count, UnitKind.Count),
        ("địa phương", "địa phương", UnitFamily.Count, UnitKind.Count),
    ]);

    /// <summary>Magnitude words that scale the base unit after them ("nghìn tỷ đồng", "triệu lượt khách").</summary>
    public static readonly IReadOnlyList<(string Spelling, string Canonical, decimal Factor)> Magnitudes =
    [
        ("nghìn", "nghìn", 1_000m), ("ngàn", "ngàn", 1_000m), ("vạn", "vạn", 10_000m),
        ("triệu", "triệu", 1_000_000m), ("tỷ", "tỷ", 1_000_000_000m), ("tỉ", "tỷ", 1_000_000_000m),
    ];

    /// <summary>Abbreviations of a scaled unit ("tr.đ", "trđ" for "triệu đồng").</summary>
    public static readonly IReadOnlyList<(string Spelling, string Canonical)> Abbreviations =
    [
        ("tr.đồng", "triệu đồng"), ("tr. đồng", "triệu đồng"), ("tr.đ", "triệu đồng"), ("tr. đ", "triệu đồng"), ("trđ", "triệu đồng"),
    ];

    /// <summary>What a per-unit divides by: "USD/người", "bác sĩ/vạn dân", "triệu đồng/người/năm", "tấn/ha".</summary>
    public static readonly IReadOnlyList<(string Spelling, string Canonical)> Denominators =
    [
        ("người", "người"), ("năm", "năm"), ("tháng", "tháng"), ("ngày", "ngày"), ("ha", "ha"), ("hộ", "hộ"), ("km2", "km2"),
        ("vạn dân", "vạn dân"), ("nghìn dân", "nghìn dân"), ("ngàn dân", "ngàn dân"), ("dân", "dân"), ("lao động", "lao động"),
        ("học sinh", "học sinh"), ("xã", "xã"), ("con", "con"), ("lứa", "lứa"), ("vụ", "vụ"),
    ];

    /// <summary>
    /// Nouns after a number that count the meeting or the document, never a target: delegates, members of a committee,
    /// the number of targets, tasks and breakthroughs, durations.
    /// </summary>
    public static readonly IReadOnlyList<string> ContextNouns =
    [
        "đại biểu", "đồng chí", "ủy viên", "chỉ tiêu", "nhóm chỉ tiêu", "nhiệm vụ", "khâu", "đột phá", "giải pháp", "nhóm giải pháp",
        "chương trình", "năm", "tháng", "ngày", "giờ", "tuần", "phút", "tổ thảo luận", "đoàn", "lần thứ", "khóa", "điều", "nội dung",
    ];

    /// <summary>Units a table's unit column holds besides the grammar's: a row's unit is read back by word.</summary>
    public static readonly IReadOnlyList<string> TableOnlyWords =
    [
        "hộ gia đình", "gia đình", "cháu", "phòng", "giường", "nhà", "cơ quan", "đơn vị", "thtx", "tổ", "đội", "clb", "sp",
        "chỉ tiêu", "điểm", "kdc", "đv", "đảng bộ", "tổ chức đảng", "tccsđ", "vụ", "vụ việc", "đối tượng", "hồ sơ", "thủ tục",
        "km đường", "năm", "tháng", "ngày", "giờ", "cái", "chiếc", "tr. đồng", "tr đồng",
    ];

    /// <summary>Every spelling a table's unit column may hold: bases, scaled bases, per-units, abbreviations.</summary>
    public static IEnumerable<string> TableSpellings()
    {
        foreach (var (s, _) in Bases)
            yield return s;
        foreach (var (m, _, _) in Magnitudes)
        {
            yield return m;
            foreach (var b in new[] { "đồng", "usd", "tấn", "con", "người", "cây" })
                yield return m + " " + b;
        }
        foreach (var (a, _) in Abbreviations)
            yield return a;
        foreach (var w in TableOnlyWords)
            yield return w;
        yield return "triệu đồng/người/năm";
        yield return "tr.đ/người/năm";
        yield return "tr.đồng/người/năm";
        yield return "triệu đồng/người";
        yield return "tr.đ/người";
        yield return "usd/người";
        yield return "ha/năm";
        yield return "tấn/ha";
        yield return "tạ/ha";
    }

    private static List<(string, UnitWord)> Build((string Spelling, string Canonical, UnitFamily Family, UnitKind Kind)[] rows) =>
        rows.Select(r => (r.Spelling, new UnitWord(r.Canonical, r.Family, r.Kind))).ToList();
}
