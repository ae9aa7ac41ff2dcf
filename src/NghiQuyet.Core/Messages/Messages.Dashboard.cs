namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string DashboardRuleSum = "tổng";
    public const string DashboardRuleRatio = "tỷ lệ gộp (tổng tử số / tổng mẫu số)";
    public const string DashboardRuleWeightedMean = "bình quân gia quyền theo dân số";
    public const string DashboardRuleMin = "thấp nhất";
    public const string DashboardRuleMax = "cao nhất";
    public const string DashboardRuleNone = "không tổng hợp";
    public const string DashboardNotInCatalog = "Chỉ tiêu riêng của tỉnh, không có trong danh mục để tổng hợp từ các xã.";
    public const string DashboardNoCommuneFigures = "Chưa có xã, phường nào có số liệu được duyệt.";
    public const string DashboardNotAggregable = "Chỉ tiêu này không cộng gộp được từ các xã, phường.";
    public const string DashboardNothingToAggregate = "Số liệu của các xã thiếu phần cần để tổng hợp (mẫu số hoặc dân số).";
    public const string DashboardSumIncomplete = "Mới có {0}/{1} đơn vị báo cáo: tổng chưa đủ để so với chỉ tiêu của tỉnh.";
}
