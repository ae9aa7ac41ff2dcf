using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Pages.Account;

[EnableRateLimiting(SignInProtection.Policy)]
public sealed class LoginModel(SignInManager<WebUser> signIn, UserManager<WebUser> users, SignInThrottle throttle, ConstantTimeSignIn constantTime) : PageModel
{
    [BindProperty]
    [Display(Name = Messages.LabelUserName)]
    public string? UserName { get; set; }

    [BindProperty]
    [DataType(DataType.Password)]
    [Display(Name = Messages.LabelPassword)]
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
        var account = UserName.Trim();
        var client = SignInProtection.ClientAddress(HttpContext);
        var (wait, ceiling) = throttle.Check(account, client);
        if (wait > TimeSpan.Zero)
        {
            // Not checked at all, not counted: waiting out the delay is the only way on.
            Response.Headers.RetryAfter = ((int)Math.Ceiling(wait.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Error = ceiling
                ? string.Format(Messages.SignInAccountBusy, Math.Max(1, (int)Math.Ceiling(wait.TotalMinutes)))
                : string.Format(Messages.SignInWait, (int)Math.Ceiling(wait.TotalSeconds));
            return new PageResult { StatusCode = StatusCodes.Status429TooManyRequests };
        }
        var user = await users.FindByNameAsync(account);
        if (user is null)
        {
            // The same hashing work as a real name's wrong password: the answer's time does not tell names apart.
            constantTime.SpendTimeOf(Password);
            throttle.Failed(account, client);
            Error = Messages.SignInFailed;
            return Page();
        }
        // No hard lockout (lockoutOnFailure: false): the throttle slows guessing without letting a stranger lock the owner out.
        var result = await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(account, client);
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "/");
        }
        throttle.Failed(account, client);
        Error = Messages.SignInFailed;
        return Page();
    }
}
