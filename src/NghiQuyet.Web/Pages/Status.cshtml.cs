using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NghiQuyet.Web.Pages;

/// <summary>
/// The Vietnamese page for 400/403/404/500, re-executed by the status-code middleware with the original method: a
/// refused POST (missing anti-forgery token) arrives here as a POST and must not be refused again for the same reason.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = code;

    public void OnPost(int code) => Code = code;
}
