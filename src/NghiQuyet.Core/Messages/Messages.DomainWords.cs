namespace NghiQuyet.Core;

/// <summary>The words for the domain's own terms (ops, groups, roles, signals …), phrased by <see cref="DomainWords"/>.</summary>
public static partial class Messages
{
    // How a target's op is written before its figure; the comparisons are printed as the reports print them (≥ 90%).
    public const string OpAtLeast = "≥";
    public const string OpMoreThan = ">";
    public const string OpAtMost = "≤";
    public const string OpLessThan = "<";
    // In a sentence a strict bound reads in words, as reports write it ("dưới 6%", "trên 60 triệu đồng").
    public const string OpMoreThanWords = "trên";
    public const string OpLessThanWords = "dưới";
    public const string OpGrowthRate = "tăng bình quân";
    public const string OpIncreaseBy = "tăng";
    public const string OpDecreaseBy = "giảm";
    public const string OpMaintain = "duy trì";
    public const string OpAchieve = "đạt";

    // The ops a person chooses from when correcting or adding a target, in the words of the resolutions.
    public const string OpChoiceEqual = "bằng (=)";
    public const string OpChoiceAtLeast = "từ … trở lên (≥)";
    public const string OpChoiceMoreThan = "trên (>)";
    public const string OpChoiceAtMost = "không quá (≤)";
    public const string OpChoiceLessThan = "dưới (<)";
    public const string OpChoiceRange = "trong khoảng";
    public const string OpChoiceGrowthRate = "tăng bình quân (%/năm)";
    public const string OpChoiceIncreaseBy = "tăng thêm";
    public const string OpChoiceDecreaseBy = "giảm";
    public const string OpChoiceMaintain = "duy trì";
    public const string OpChoiceAchieve = "đạt, hoàn thành";

    public const string AuditInsert = "Tạo mới";
    public const string AuditUpdate = "Sửa";
    public const string AuditDelete = "Xóa";
    public const string AuditRefused = "Bị từ chối";

    public const string RoleAdministrator = "Quản trị hệ thống";
    public const string RoleProvinceOfficer = "Cán bộ tỉnh";
    public const string RoleCommuneOfficer = "Cán bộ xã";
    public const string RoleInspector = "Thanh tra, kiểm tra";

    // The dashboard's colours in words: red, orange (the trajectory's words), green, none.
    public const string SignalRed = "Nguy cơ không đạt";
    public const string SignalOrange = TrajectoryAccelerationNeeded;
    public const string SignalGreen = "Đúng tiến độ hoặc đã đạt";
    public const string SignalNone = TrajectoryNotYetAssessable;

    // The word a document puts before a unit's name ("Xã Mường Lầm", "Thành phố Hà Nội").
    public const string UnitKindProvince = "Tỉnh";
    public const string UnitKindCity = "Thành phố";
    public const string UnitKindCommune = "Xã";
    public const string UnitKindWard = "Phường";
    public const string UnitKindSpecialZone = "Đặc khu";
}
