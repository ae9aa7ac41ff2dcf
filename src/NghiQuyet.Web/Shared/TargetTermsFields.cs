using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Web.Shared;

/// <summary>
/// The fields of a target's terms as both target forms bind them (the review page's edit and add form, the target
/// page's correction and revision form); read by the one reader in Core, <see cref="TargetTermsForm"/>.
/// </summary>
public abstract class TargetTermsFields
{
    public string? Name { get; set; }
    public string? Op { get; set; }
    public string? Value { get; set; }
    public string? ValueMax { get; set; }
    public string? Unit { get; set; }
    public string? Year { get; set; }

    /// <summary>The terms, or null with each wrong field's message under <paramref name="prefix"/> ("Form", "Edit").</summary>
    public TargetTerms? Read(ModelStateDictionary modelState, string prefix)
    {
        var (terms, errors) = new TargetTermsForm(Name, Op, Value, ValueMax, Unit, Year).Read();
        modelState.AddErrors(prefix, errors);
        return terms;
    }

    /// <summary>The form filled with the target as it stands (its correction, if any).</summary>
    protected void Fill(Target target)
    {
        var t = target.Terms;
        Name = t.Name;
        Op = t.Op.ToString();
        Value = t.Value is { } v ? VietnameseNumber.Format(v) : null;
        ValueMax = t.ValueMax is { } m ? VietnameseNumber.Format(m) : null;
        Unit = t.Unit;
        Year = t.Year.ToString(CultureInfo.InvariantCulture);
    }
}

public static class FieldErrors
{
    public static void AddErrors(this ModelStateDictionary modelState, string prefix, IEnumerable<FieldError> errors)
    {
        foreach (var e in errors)
            modelState.AddModelError($"{prefix}.{e.Field}", e.Message);
    }
}
