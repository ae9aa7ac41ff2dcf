using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Pages.Account;

/// <summary>A signed-in user changes their own password; every other session of the account ends (new security stamp).</summary>
public sealed class PasswordModel(SignInManager<WebUser> signIn, UserManager<WebUser> users) : PageModel
{
    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = Messages.LabelCurrentPassword)]
    public string? Current { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = Messages.LabelNewPassword)]
    public string? New { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = Messages.LabelConfirmPassword)]
    public string? Confirm { get; set; }

    public List<string> Errors { get; } = [];

    public string? Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrEmpty(Current) || string.IsNullOrEmpty(New) || string.IsNullOrEmpty(Confirm))
            Errors.Add(Messages.PasswordFieldsRequired);
        else if (New != Confirm)
            Errors.Add(Messages.PasswordConfirmMismatch);
        if (Errors.Count > 0)
            return Page();
        var user = await users.GetUserAsync(User);
        if (user is null)
            return Challenge();
        var changed = await users.ChangePasswordAsync(user, Current!, New!);
        if (!changed.Succeeded)
        {
            Errors.Add(changed.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                ? Messages.PasswordCurrentWrong
                : string.Format(Messages.UserPasswordWeak, Accounts.UserAdmin.Describe(changed.Errors)));
            return Page();
        }
        // The change gave the account a new security stamp: other sessions end; this one gets a cookie with the new stamp.
        await signIn.RefreshSignInAsync(user);
        Done = Messages.PasswordChanged;
        return Page();
    }
}
