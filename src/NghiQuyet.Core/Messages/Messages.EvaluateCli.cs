namespace NghiQuyet.Core;

public static partial class Messages
{
    // nghiquyet evaluate
    public const string EvaluateHeader = "{0} ({1}) — đánh giá thực hiện nghị quyết nhiệm kỳ {2}–{3}, tính đến năm {4}";
    public const string EvaluateColumns = "Mục | Chỉ tiêu | Mục tiêu | Số liệu mới nhất | Tình trạng | Dự báo | Mã danh mục";
    public const string EvaluateNoFigure = "chưa có số liệu";
    public const string EvaluateSummary = "Tổng cộng {0} chỉ tiêu; {1} chỉ tiêu có số liệu.";

    // nghiquyet rollup
    public const string NotAProvince = "Mã {0} không phải mã tỉnh, thành phố trong danh mục đơn vị hành chính.";
    public const string IndicatorUnknown = "Không có chỉ tiêu mã \"{0}\" trong danh mục chỉ tiêu.";
    public const string RollupNoData = "Chưa có xã, phường nào của {0} có số liệu {1}.";
    public const string RollupHeader = "{0} ({1}) — tổng hợp từ các xã, phường năm {2}";
    public const string RollupIndicator = "Chỉ tiêu: {0} [{1}] — cách tổng hợp: {2}";
    public const string RollupAggregate = "  Tổng hợp từ {0} xã, phường: {1}";
    public const string RollupNotAggregable = "  Chỉ tiêu này không cộng gộp được từ các xã, phường.";
    public const string RollupProvinceTarget = "  Chỉ tiêu của tỉnh: {0} (năm {1}){2}";
    public const string RollupProvinceFigure = "  Số liệu của tỉnh năm {0}: {1}";
    public const string RollupNoProvinceTarget = "  Tỉnh chưa có chỉ tiêu này trong nghị quyết (hoặc chưa nhập nghị quyết tỉnh).";
    public const string RollupDistribution = "  Phân bố: {0} xã; thấp nhất {1}, tứ phân vị 1 {2}, trung vị {3}, tứ phân vị 3 {4}, cao nhất {5}";
    public const string RollupExcluded = "  Không tính (thiếu số liệu hoặc thiếu mẫu số): {0}";
    public const string RollupPullingDown = "  Xã kéo chỉ tiêu xuống:";
    public const string RollupPullingDownLine = "    {0} ({1}): {2}";
    public const string RuleSum = "cộng tổng";
    public const string RuleRatio = "tổng tử số / tổng mẫu số";
    public const string RuleWeightedMean = "bình quân gia quyền theo dân số";
    public const string RuleMin = "giá trị thấp nhất";
    public const string RuleMax = "giá trị cao nhất";
    public const string RuleNone = "không tổng hợp";
}
