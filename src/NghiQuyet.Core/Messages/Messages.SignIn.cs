namespace NghiQuyet.Core;

public static partial class Messages
{
    // Sign-in protection (issue 12, defect 11).
    public const string SignInWait = "Đăng nhập sai nhiều lần: vui lòng đợi {0} giây rồi thử lại.";
    public const string SignInTooManyFromHere = "Quá nhiều lần đăng nhập từ máy này. Vui lòng đợi một phút rồi thử lại.";
    public const string SignInAccountBusy = "Tài khoản này đang bị thử mật khẩu quá nhiều lần. Vui lòng đợi {0} phút rồi thử lại hoặc báo quản trị hệ thống.";
    public const string PasswordChanged = "Đã đổi mật khẩu. Các phiên đăng nhập khác của tài khoản này đã kết thúc.";
    public const string PasswordCurrentWrong = "Mật khẩu hiện tại không đúng.";
    public const string PasswordConfirmMismatch = "Mật khẩu mới và mật khẩu nhập lại không giống nhau.";
    public const string PasswordFieldsRequired = "Vui lòng nhập mật khẩu hiện tại và mật khẩu mới (hai lần).";
    public const string LabelCurrentPassword = "Mật khẩu hiện tại";
    public const string LabelNewPassword = "Mật khẩu mới";
    public const string LabelConfirmPassword = "Nhập lại mật khẩu mới";
    public const string LabelUserName = "Tên đăng nhập";
    public const string LabelPassword = "Mật khẩu";
}
