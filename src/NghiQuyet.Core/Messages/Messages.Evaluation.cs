namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string CatalogInvalid = "Tệp danh mục chỉ tiêu không hợp lệ: {0}";
    public const string CatalogEntryIncomplete = "Chỉ tiêu \"{0}\" trong danh mục thiếu mã (key) hoặc tên.";
    public const string CatalogDuplicateKey = "Mã chỉ tiêu \"{0}\" xuất hiện hai lần trong danh mục.";

    // Review of a draft report. {n} placeholders are filled with Vietnamese-formatted figures ("39,5%", "9.500 lao động").
    public const string ReviewFigureMismatch =
        "Chỉ tiêu \"{0}\": phần văn bản ghi {1} (dòng {2}), biểu phụ lục ghi {3} (dòng {4}).";
    public const string ReviewNumberingDuplicate = "Số thứ tự ({0}) bị lặp: đã dùng ở dòng {1}.";
    public const string ReviewNumberingSkipped = "Số thứ tự nhảy từ ({0}) sang ({1}), thiếu {2}.";
    public const string ReviewNumberingOrder = "Số thứ tự ({0}) đứng sau ({1}): sai thứ tự.";
    public const string ReviewVerdictContradiction =
        "Biểu ghi \"{0}\" cho \"{1}\" nhưng chỉ tiêu {2}, thực hiện {3}: {4}, kết quả đúng là \"{5}\".";
    public const string ReviewVerdictUnderstated =
        "Biểu ghi \"Đạt\" cho \"{0}\" nhưng thực hiện {1} vượt rõ chỉ tiêu {2}; có thể ghi \"Vượt\".";
    public const string ReviewMissingFigure = "Biểu ghi \"{0}\" cho \"{1}\" nhưng thiếu số liệu {2} để kiểm chứng.";
    public const string ReviewMissingTarget = "chỉ tiêu";
    public const string ReviewMissingActual = "kết quả thực hiện";
    public const string DirectionHigher = "chỉ tiêu này càng cao càng tốt";
    public const string DirectionLower = "chỉ tiêu này càng thấp càng tốt";
    public const string DirectionBand = "chỉ tiêu này cần nằm trong khoảng";
    public const string ReviewWeakerThanProvince =
        "Chỉ tiêu \"{0}\" của xã ({1}) thấp hơn chỉ tiêu của tỉnh ({2}, dòng {3} nghị quyết tỉnh) cho cùng chỉ tiêu \"{4}\".";
    public const string ReviewUnitVsCatalog =
        "Chỉ tiêu \"{0}\" ghi đơn vị \"{1}\" nhưng chỉ tiêu \"{2}\" trong danh mục tính bằng \"{3}\".";
    public const string ReviewUnitVsOther =
        "Chỉ tiêu \"{0}\" dùng đơn vị \"{1}\" ở dòng này nhưng \"{2}\" ở dòng {3}.";
    public const string ReviewImplausibleShare = "Chỉ tiêu \"{0}\" là một tỷ lệ nhưng ghi {1}, ngoài khoảng 0–100%.";
    public const string ReviewAppendixOnly = "Chỉ tiêu \"{0}\" ({1}) có trong biểu phụ lục nhưng phần văn bản không đặt chỉ tiêu này.";
    public const string ReviewYearOutsideTerm = "Chỉ tiêu \"{0}\" có thời hạn năm {1}, ngoài nhiệm kỳ {2}–{3}.";

    public const string ReviewNoFindings = "Không phát hiện vấn đề nào.";
    public const string ReviewFindingLine = "Dòng {0}: [{1}] {2}";
    public const string ReviewFindingLines = "Dòng {0} (và dòng {1}): [{2}] {3}";
    public const string ReviewSummary = "{0} phát hiện.";
}

public static partial class Messages
{
    public const string VerdictExceeded = "Vượt";
    public const string VerdictMet = "Đạt";
    public const string VerdictNotMet = "Không đạt";
    public const string VerdictNotAssessable = "Không đánh giá được";
    public const string TrajectoryAchieved = "Đã đạt";
    public const string TrajectoryOnTrack = "Đúng tiến độ";
    public const string TrajectoryAccelerationNeeded = "Cần tăng tốc";
    public const string TrajectoryLimitedProgress = "Tiến triển hạn chế";
    public const string TrajectoryDeterioration = "Đi xuống";
    public const string TrajectoryNotYetAssessable = "Chưa đủ số liệu";
    public const string TrajectoryNotApplicable = "Không áp dụng";
}
