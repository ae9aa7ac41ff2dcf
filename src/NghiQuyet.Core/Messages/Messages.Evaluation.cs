namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string CatalogInvalid = "Tệp danh mục chỉ tiêu không hợp lệ: {0}";
    public const string CatalogEntryIncomplete = "Chỉ tiêu \"{0}\" trong danh mục thiếu mã (key) hoặc tên.";
    public const string CatalogDuplicateKey = "Mã chỉ tiêu \"{0}\" xuất hiện hai lần trong danh mục.";
}
