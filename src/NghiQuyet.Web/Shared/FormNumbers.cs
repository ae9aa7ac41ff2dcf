using Microsoft.AspNetCore.Mvc.ModelBinding;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Shared;

/// <summary>A number typed in a form the Vietnamese way ("9.589", "36,5"); what cannot be read gets its message beside the field.</summary>
public static class FormNumbers
{
    /// <returns>The number, or null when the field is empty or unreadable (then with a model error on <paramref name="field"/>).</returns>
    public static decimal? ReadNumber(this ModelStateDictionary modelState, string? text, string field)
    {
        var read = VietnameseNumber.Read(text);
        if (read.Success)
            return read.Value;
        modelState.AddModelError(field, read.Error);
        return null;
    }
}
