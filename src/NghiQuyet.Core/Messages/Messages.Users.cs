namespace NghiQuyet.Core;

public static partial class Messages
{
    public const string WebUserCommandMoved = "Tài khoản được tạo bằng lệnh nghiquyet: dotnet run --project src/NghiQuyet.Cli -- user add --name TÊN --role administrator|province_officer|commune_officer|inspector [--org MÃ] --db CSDL (cùng --db với trang web); mật khẩu lấy từ NGHIQUYET_PASSWORD hoặc đầu vào chuẩn.";
    public const string UserPasswordOnCommandLine = "Mật khẩu không được ghi trên dòng lệnh (lịch sử lệnh, danh sách tiến trình); hãy dùng biến môi trường NGHIQUYET_PASSWORD hoặc dòng đầu của đầu vào chuẩn.";
    public const string UserPasswordPrompt = "Mật khẩu cho {0}: ";
    public const string UserRoleMissing = "Thiếu vai trò (--role): administrator, province_officer, commune_officer hoặc inspector.";
    public const string UserNameMissing = "Thiếu tên đăng nhập (--name).";
    public const string UserNameInvalid = "Tên đăng nhập \"{0}\" không hợp lệ: chỉ dùng chữ không dấu, chữ số và các ký tự . _ - @ +.";
    public const string UserRoleInvalid = "Vai trò \"{0}\" không hợp lệ; chọn một trong: administrator, province_officer, commune_officer, inspector.";
    public const string UserOrgRequired = "Vai trò {0} cần mã đơn vị (--org).";
    public const string UserOrgNotFound = "Không có đơn vị mã {0} trong danh mục đơn vị hành chính.";
    public const string UserOrgNotProvince = "Đơn vị {0} ({1}) không phải cấp tỉnh; cán bộ tỉnh cần mã tỉnh.";
    public const string UserOrgNotCommune = "Đơn vị {0} ({1}) không phải cấp xã; cán bộ xã cần mã xã, phường hoặc đặc khu.";
    public const string UserPasswordMissing = "Thiếu mật khẩu: đặt biến môi trường NGHIQUYET_PASSWORD hoặc ghi mật khẩu ở dòng đầu của đầu vào chuẩn.";
    public const string UserDuplicate = "Tên đăng nhập \"{0}\" đã có; không tạo thêm.";
    public const string UserCreated = "Đã tạo tài khoản {0} ({1}{2}) trong cơ sở dữ liệu {3}.";
    public const string UserCreatedWebHint = "Trang web đăng nhập bằng tài khoản này khi chạy trên cùng cơ sở dữ liệu: dotnet run --project src/NghiQuyet.Web -- --db {0}";
    public const string UserListEmpty = "Chưa có tài khoản nào trong cơ sở dữ liệu {0}; tạo tài khoản quản trị đầu tiên bằng: nghiquyet user add --name TÊN --role administrator";
    public const string UserPasswordWeak = "Mật khẩu chưa đạt yêu cầu: {0}";
    public const string UserIdentityError = "Không tạo được tài khoản: {0}";

    public const string PasswordTooShort = "cần ít nhất {0} ký tự";
    public const string PasswordRequiresDigit = "cần ít nhất một chữ số (0-9)";
    public const string PasswordRequiresLower = "cần ít nhất một chữ thường (a-z)";
    public const string PasswordRequiresUpper = "cần ít nhất một chữ hoa (A-Z)";
    public const string PasswordRequiresNonAlphanumeric = "cần ít nhất một ký tự đặc biệt (ví dụ @, #, !)";
    public const string PasswordRequiresUniqueChars = "cần ít nhất {0} ký tự khác nhau";
}
