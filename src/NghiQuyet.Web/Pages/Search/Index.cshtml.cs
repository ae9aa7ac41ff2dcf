using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Web.Search;

namespace NghiQuyet.Web.Pages.Search;

public sealed class IndexModel(SearchService search) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    public SearchResults? Results { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var q = Query?.Trim();
        if (string.IsNullOrEmpty(q))
            return Page();
        if (q.Length > SearchService.MaxQueryLength)
        {
            Error = string.Format(Messages.SearchTooLong, SearchService.MaxQueryLength);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        if (TextMatch.Query(q).Length < 2)
        {
            Error = Messages.SearchTooShort;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        Results = await search.SearchAsync(q);
        return Page();
    }
}
