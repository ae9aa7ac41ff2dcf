using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Pages.Account;

public sealed class LogoutModel(SignInManager<WebUser> signIn, UserManager<WebUser> users) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Index");

    public async Task<IActionResult> OnPostAsync()
    {
        // A new security stamp ends every session of this user, not only this browser's cookie (SessionStamp checks it
        // on every request): a copied or forgotten cookie is worthless after signing out.
        if (await users.GetUserAsync(User) is { } user)
            await users.UpdateSecurityStampAsync(user);
        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
