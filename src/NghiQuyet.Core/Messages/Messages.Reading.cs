namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string FileUnreadable = "Không đọc được tệp {0}: {1}";
    public const string EmptyFile = "Tệp {0} rỗng.";
}
