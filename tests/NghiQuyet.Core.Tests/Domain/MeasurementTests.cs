using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;

namespace NghiQuyet.Core.Tests.Domain;

public class MeasurementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Lan = new("lan", ActorRole.Editor);
    private static readonly Actor Hoa = new("hoa", ActorRole.Approver);
    private static readonly Actor Admin = new("admin", ActorRole.Administrator);
    private static readonly Actor Viewer = new("khach", ActorRole.Viewer);

    internal static Target Target()
    {
        var organization = new Organization("04183", "Mường Lầm", OrganizationKind.Commune, "14");
        var file = new SourceFile("a.txt", "txt", [1, 2, 3], "lan", Now);
        var extraction = new ExtractionResult(
            new DocumentHeader("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
            [new ExtractedTarget("5", TargetGroup.Society, "Tỷ lệ hộ nghèo", TargetOp.AtMost, 20, null, "%", 2030, 50)], []);
        return Resolution.FromExtraction(organization, file, extraction, _ => null, "lan", Now).Targets[0];
    }

    private static Measurement Draft(decimal value = 36.5m) =>
        Measurement.Record(Target(), 2026, new MeasurementFigure(value), Lan, Now).Value!;

    [Fact]
    public void A_new_figure_is_a_draft_with_who_and_when()
    {
        var later = Now.AddHours(1);
        var m = Measurement.Record(Target(), 2026, new MeasurementFigure(36.5m, Note: "ước", Source: "Báo cáo 6 tháng"), Lan, later).Value!;
        Assert.Equal(MeasurementStatus.Draft, m.Status);
        Assert.Equal((36.5m, "lan", later, "ước", "Báo cáo 6 tháng"), (m.Value, m.EnteredBy, m.EnteredAt, m.Note, m.Source));
    }

    [Fact]
    public void Draft_submitted_approved_locked_each_by_who_may()
    {
        var m = Draft();
        Assert.True(m.Submit(Lan, Now).Success);
        Assert.Equal(MeasurementStatus.Submitted, m.Status);
        Assert.False(m.Approve(Lan, Now).Success);               // an editor does not approve
        Assert.True(m.Approve(Hoa, Now.AddDays(1)).Success);
        Assert.Equal((MeasurementStatus.Approved, "hoa"), (m.Status, m.ApprovedBy));
        Assert.False(m.Lock(Hoa, Now).Success);                  // only an administrator locks
        Assert.True(m.Lock(Admin, Now.AddDays(2)).Success);
        Assert.Equal((MeasurementStatus.Locked, "admin"), (m.Status, m.LockedBy));
        var edit = m.Update(new MeasurementFigure(40), Admin, Now);
        Assert.False(edit.Success);
        Assert.Contains("đã khóa", edit.Error);
        Assert.Equal(36.5m, m.Value);
    }

    [Fact]
    public void Nobody_approves_what_they_submitted()
    {
        var m = Draft();
        Assert.True(m.Submit(Hoa, Now).Success);
        var own = m.Approve(Hoa, Now);
        Assert.False(own.Success);
        Assert.Contains("hoa", own.Error);
        Assert.Equal(MeasurementStatus.Submitted, m.Status);
    }

    [Fact]
    public void A_returned_figure_is_a_draft_again_and_can_be_edited()
    {
        var m = Draft();
        Assert.False(m.Return(Hoa, "sai", Now).Success);          // not submitted yet
        Assert.True(m.Submit(Lan, Now).Success);
        Assert.False(m.Update(new MeasurementFigure(1), Lan, Now).Success);
        Assert.True(m.Return(Hoa, "Kiểm tra lại nguồn", Now).Success);
        Assert.Equal((MeasurementStatus.Draft, (string?)null), (m.Status, m.SubmittedBy));
        Assert.True(m.Update(new MeasurementFigure(37), Lan, Now.AddHours(1)).Success);
        Assert.Equal((37m, Now.AddHours(1)), (m.Value, m.UpdatedAt));
    }

    [Fact]
    public void A_viewer_changes_nothing()
    {
        Assert.False(Measurement.Record(Target(), 2026, new MeasurementFigure(1), Viewer, Now).Success);
        var m = Draft();
        Assert.False(m.Update(new MeasurementFigure(2), Viewer, Now).Success);
        Assert.False(m.Submit(Viewer, Now).Success);
        Assert.Equal((1.0m * 36.5m, MeasurementStatus.Draft), (m.Value, m.Status));
    }

    [Theory]
    [InlineData(null, 73, 200, 36.5)]
    [InlineData(36.5, 73, 200, 36.5)]
    [InlineData(33.3, 1, 3, 33.3)]
    public void A_percentage_may_carry_its_numerator_and_denominator(double? value, double n, double d, double expected)
    {
        var figure = Measurement.Check(new MeasurementFigure((decimal?)value, (decimal)n, (decimal)d));
        Assert.True(figure.Success, figure.Error);
        Assert.Equal((decimal)expected, figure.Value.Value);
    }

    [Theory]
    [InlineData(40.0, 73.0, 200.0, "không khớp")]
    [InlineData(null, 73.0, null, "cùng nhau")]
    [InlineData(null, 5.0, 0.0, "lớn hơn 0")]
    [InlineData(null, 300.0, 200.0, "từ 0 đến mẫu số")]
    [InlineData(null, null, null, "--value")]
    public void Inconsistent_figures_are_refused(double? value, double? n, double? d, string message)
    {
        var figure = Measurement.Check(new MeasurementFigure((decimal?)value, (decimal?)n, (decimal?)d));
        Assert.False(figure.Success);
        Assert.Contains(message, figure.Error);
    }

    [Fact]
    public void A_year_far_outside_the_term_is_refused()
    {
        Assert.False(Measurement.Record(Target(), 1026, new MeasurementFigure(1), Lan, Now).Success);
    }
}
