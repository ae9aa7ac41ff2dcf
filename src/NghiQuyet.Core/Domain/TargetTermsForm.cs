using System.Globalization;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Domain;

/// <summary>A form's field that was typed wrong, with what to tell the user beside it.</summary>
public sealed record FieldError(string Field, string Message);

/// <summary>
/// A target's terms as typed in a form (the review page's correction and addition, the target page's correction and
/// revision request): every field as text, numbers in Vietnamese notation.
/// </summary>
public sealed record TargetTermsForm(string? Name, string? Op, string? Value, string? ValueMax, string? Unit, string? Year)
{
    /// <summary>Longest name accepted.</summary>
    public const int MaxName = 1000;
    /// <summary>Longest unit accepted.</summary>
    public const int MaxUnit = 100;
    /// <summary>Longest item number accepted.</summary>
    public const int MaxItem = 20;

    /// <summary>
    /// The one reader of typed terms: the terms, or every field that is wrong with one message each (fields named as
    /// the form's properties: "Name", "Op", "Value", "ValueMax", "Unit", "Year"). An op is one of <see cref="TargetOp"/>'s
    /// names exactly — never a number or a comma list, which <see cref="Enum.TryParse{TEnum}(string?, out TEnum)"/> would
    /// take ("7", "AtLeast,MoreThan").
    /// </summary>
    public (TargetTerms? Terms, IReadOnlyList<FieldError> Errors) Read()
    {
        var errors = new List<FieldError>();
        var name = Name?.Trim() ?? "";
        if (name.Length == 0)
            errors.Add(new(nameof(Name), Messages.TargetNameRequired));
        else if (name.Length > MaxName)
            errors.Add(new(nameof(Name), string.Format(Messages.WorkflowTextTooLong, MaxName)));
        var op = ReadName<TargetOp>(Op);
        if (op is null)
            errors.Add(new(nameof(Op), Messages.TargetEditOpInvalid));
        var value = ReadNumber(Value, nameof(Value), errors);
        var valueMax = ReadNumber(ValueMax, nameof(ValueMax), errors);
        var unit = string.IsNullOrWhiteSpace(Unit) ? null : Unit.Trim();
        if (unit is { Length: > MaxUnit })
            errors.Add(new(nameof(Unit), string.Format(Messages.WorkflowTextTooLong, MaxUnit)));
        var year = ReadYear(Year);
        if (year is null)
            errors.Add(new(nameof(Year), string.Format(Messages.TargetEditYearInvalid, Year?.Trim())));
        // The bounds are judged only once each is readable: a message about a bound that was not read would mislead.
        if (errors.Count == 0 && op == TargetOp.Range && (value is null || valueMax is null || value > valueMax))
            errors.Add(new(nameof(ValueMax), Messages.RangeNeedsBounds));
        return errors.Count == 0 ? (new TargetTerms(name, op!.Value, value, valueMax, unit, year!.Value), errors) : (null, errors);
    }

    /// <summary>A hand-added target's item label and group (the review page's "add" form), with the same messages.</summary>
    public static (string? Item, TargetGroup Group, IReadOnlyList<FieldError> Errors) ReadPlace(string? item, string? group)
    {
        var errors = new List<FieldError>();
        var g = TargetGroup.Other;
        if (!string.IsNullOrEmpty(group))
        {
            if (ReadName<TargetGroup>(group) is { } named)
                g = named;
            else
                errors.Add(new("Group", Messages.DraftChoiceInvalid));
        }
        var label = item?.Trim();
        if (label is { Length: > MaxItem })
            errors.Add(new("Item", string.Format(Messages.WorkflowTextTooLong, MaxItem)));
        return (string.IsNullOrEmpty(label) ? null : label, g, errors);
    }

    /// <summary>A year of a target or a revision: four plain digits, 2000–2100.</summary>
    public static int? ReadYear(string? text) =>
        int.TryParse(text?.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 2000 and <= 2100
            ? year
            : null;

    /// <summary>A choice by its exact name; never a number or a comma list, which Enum.TryParse would take.</summary>
    private static TEnum? ReadName<TEnum>(string? text) where TEnum : struct, Enum =>
        text is not null && Enum.GetNames<TEnum>().Contains(text, StringComparer.Ordinal) ? Enum.Parse<TEnum>(text) : null;

    private static decimal? ReadNumber(string? text, string field, List<FieldError> errors)
    {
        var read = VietnameseNumber.Read(text);
        if (!read.Success)
            errors.Add(new(field, read.Error));
        return read.Success ? read.Value : null;
    }
}
