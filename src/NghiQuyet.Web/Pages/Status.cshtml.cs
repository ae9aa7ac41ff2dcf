using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace NghiQuyet.Web.Pages;

/// <summary>
/// The Vietnamese page for 400/403/404/500/503, re-executed by the status-code middleware with the original method: a
/// refused POST (missing anti-forgery token) arrives here as a POST and must not be refused again for the same reason.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    public int Code { get; private set; }

    public void OnGet(int code) => Code = Settle(code);

    public void OnPost(int code) => Code = Settle(code);

    /// <summary>An error caused by the database being unavailable is shown as 503, with when to try again.</summary>
    private int Settle(int code)
    {
        if (HttpContext.Features.Get<IExceptionHandlerFeature>()?.Error is { } error && Data.DbErrors.IsUnavailable(error))
        {
            Response.Headers.RetryAfter = "30";
            return StatusCodes.Status503ServiceUnavailable;
        }
        return code;
    }
}
