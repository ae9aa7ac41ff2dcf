using NghiQuyet.Core;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Domain;

/// <summary>The one reader of a target's terms as typed (review page and target page alike).</summary>
public sealed class TargetTermsFormTests
{
    private static TargetTermsForm Form(string? op = "AtLeast", string? value = "9.589", string? max = null, string? year = "2030",
        string? name = " Thu nhập bình quân đầu người ", string? unit = " triệu đồng ") => new(name, op, value, max, unit, year);

    [Fact]
    public void Typed_terms_are_read_in_Vietnamese_notation_and_trimmed()
    {
        var (terms, errors) = Form().Read();
        Assert.Empty(errors);
        Assert.Equal(new TargetTerms("Thu nhập bình quân đầu người", TargetOp.AtLeast, 9589m, null, "triệu đồng", 2030), terms);
        Assert.Equal(new TargetTerms("X", TargetOp.Range, 36.5m, 40m, null, 2028), new TargetTermsForm("X", "Range", "36,5", "40", " ", "2028").Read().Terms);
    }

    [Theory]
    [InlineData("7")]
    [InlineData("AtLeast,MoreThan")]
    [InlineData("atleast")]
    [InlineData("")]
    [InlineData(null)]
    public void An_op_is_one_of_the_names_exactly(string? op)
    {
        var (terms, errors) = Form(op: op).Read();
        Assert.Null(terms);
        Assert.Equal([new FieldError("Op", Messages.TargetEditOpInvalid)], errors);
    }

    [Theory]
    [InlineData("năm sau")]
    [InlineData("+2030")]
    [InlineData("1999")]
    [InlineData("2101")]
    public void A_year_is_four_plain_digits_from_2000_to_2100(string year)
    {
        Assert.Equal([new FieldError("Year", string.Format(Messages.TargetEditYearInvalid, year))], Form(year: year).Read().Errors);
    }

    [Fact]
    public void Every_wrong_field_gets_its_own_message()
    {
        var (terms, errors) = new TargetTermsForm(" ", "Equal", "8.200,5,1", "abc", new string('u', 101), "20x0").Read();
        Assert.Null(terms);
        Assert.Equal(
            [
                new FieldError("Name", Messages.TargetNameRequired),
                new FieldError("Value", string.Format(Messages.FigureInvalid, "8.200,5,1")),
                new FieldError("ValueMax", string.Format(Messages.FigureInvalid, "abc")),
                new FieldError("Unit", string.Format(Messages.WorkflowTextTooLong, 100)),
                new FieldError("Year", string.Format(Messages.TargetEditYearInvalid, "20x0")),
            ], errors);
        Assert.Equal([new FieldError("Name", string.Format(Messages.WorkflowTextTooLong, 1000))], Form(name: new string('x', 1001)).Read().Errors);
    }

    [Fact]
    public void A_range_needs_both_bounds_in_order_judged_once_the_rest_is_readable()
    {
        Assert.Equal([new FieldError("ValueMax", Messages.RangeNeedsBounds)], Form(op: "Range", value: "90", max: "80").Read().Errors);
        Assert.Equal([new FieldError("ValueMax", Messages.RangeNeedsBounds)], Form(op: "Range", value: "90", max: null).Read().Errors);
        Assert.Equal([new FieldError("Year", string.Format(Messages.TargetEditYearInvalid, "x"))], Form(op: "Range", value: "90", max: "80", year: "x").Read().Errors);
    }

    [Fact]
    public void A_hand_added_targets_item_and_group()
    {
        Assert.Equal(("4", TargetGroup.Society), (TargetTermsForm.ReadPlace(" 4 ", "Society").Item, TargetTermsForm.ReadPlace(" 4 ", "Society").Group));
        Assert.Equal((null, TargetGroup.Other), (TargetTermsForm.ReadPlace("", null).Item, TargetTermsForm.ReadPlace("", null).Group));
        Assert.Equal([new FieldError("Group", Messages.DraftChoiceInvalid)], TargetTermsForm.ReadPlace(null, "1").Errors);
        Assert.Equal([new FieldError("Item", string.Format(Messages.WorkflowTextTooLong, 20))], TargetTermsForm.ReadPlace(new string('1', 21), null).Errors);
    }
}
