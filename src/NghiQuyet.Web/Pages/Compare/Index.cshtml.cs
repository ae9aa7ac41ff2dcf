using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NghiQuyet.Core;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Compare;

namespace NghiQuyet.Web.Pages.Compare;

public sealed class IndexModel(CompareService compare, UnitAccess access) : PageModel
{
    public const int FirstYear = 2000;

    [BindProperty(SupportsGet = true, Name = "indicator")]
    public string? Indicator { get; set; }

    [BindProperty(SupportsGet = true, Name = "year")]
    public string? Year { get; set; }

    public Comparison Comparison { get; private set; } = null!;
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(string province)
    {
        var unit = compare.Province(province);
        if (unit is null)
            return NotFound();
        if (!await access.AllowsAsync(new UnitScope(unit.Code, null), UnitAction.View))
            return Forbid();

        int? year = null;
        var thisYear = compare.CurrentYear;
        if (!string.IsNullOrWhiteSpace(Year))
        {
            if (!int.TryParse(Year.Trim(), out var y) || y < FirstYear || y > thisYear)
            {
                Error = string.Format(Messages.CompareYearInvalid, Year.Trim(), FirstYear, thisYear);
                Response.StatusCode = StatusCodes.Status400BadRequest;
                Comparison = compare.Compare(unit, null, null);
                return Page();
            }
            year = y;
        }
        var key = string.IsNullOrWhiteSpace(Indicator) ? null : Indicator.Trim();
        Comparison = compare.Compare(unit, key, year);
        key ??= Comparison.Choices.Count > 0 ? Comparison.Choices[0].Indicator.Key : null;
        if (Comparison.Indicator is null && key is not null)
        {
            if (!string.IsNullOrWhiteSpace(Indicator))
            {
                Error = string.Format(Messages.CompareIndicatorUnknown, Indicator.Trim());
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }
            Comparison = compare.Compare(unit, key, year);
        }
        Indicator = Comparison.Indicator?.Key;
        return Page();
    }
}
