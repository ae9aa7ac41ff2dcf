namespace NghiQuyet.Core;

public static partial class Messages
{
    /// <summary>{0} = table label or "bảng", {1} = line of its header.</summary>
    public const string TableWithoutRows = "{0} (dòng {1}): nhận ra tiêu đề bảng nhưng không đọc được dòng số liệu nào.";

    /// <summary>{0} = line, {1} = the row's text.</summary>
    public const string TableRowWithoutFigures = "Dòng {0}: bỏ qua dòng bảng không có số liệu chỉ tiêu hay kết quả: {1}";

    public const string UnlabelledTable = "Bảng";
}
