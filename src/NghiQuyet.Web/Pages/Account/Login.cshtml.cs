using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Pages.Account;

public sealed class LoginModel(SignInManager<WebUser> signIn, UserManager<WebUser> users) : PageModel
{
    [BindProperty]
    [Display(Name = "Tên đăng nhập")]
    public string? UserName { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = "Mật khẩu")]
    public string? Password { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(UserName) || string.IsNullOrEmpty(Password))
        {
            Error = Messages.SignInRequired;
            return Page();
        }
        var result = await signIn.PasswordSignInAsync(UserName.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        if (result.IsLockedOut)
        {
            var user = await users.FindByNameAsync(UserName.Trim());
            var minutes = user?.LockoutEnd is { } end ? Math.Max(1, (int)Math.Ceiling((end - DateTimeOffset.UtcNow).TotalMinutes)) : 15;
            Error = string.Format(Messages.SignInLockedOut, minutes);
        }
        else
        {
            Error = Messages.SignInFailed;
        }
        return Page();
    }
}
