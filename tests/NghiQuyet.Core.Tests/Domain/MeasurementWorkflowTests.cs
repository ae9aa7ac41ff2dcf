using NghiQuyet.Core.Domain;

namespace NghiQuyet.Core.Tests.Domain;

/// <summary>Return with a comment and unlock with a reason: who may, from which state, and what is cleared.</summary>
public class MeasurementWorkflowTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Lan = new("lan", ActorRole.Editor);
    private static readonly Actor Hoa = new("hoa", ActorRole.Approver);
    private static readonly Actor Admin = new("admin", ActorRole.Administrator);
    private static readonly Actor Viewer = new("khach", ActorRole.Viewer);

    private static Measurement Approved()
    {
        var m = Measurement.Record(MeasurementTests.Target(), 2026, new MeasurementFigure(36.5m, Note: "theo báo cáo xã"), Lan, Now).Value!;
        Assert.True(m.Submit(Lan, Now).Success);
        Assert.True(m.Approve(Hoa, Now.AddHours(1)).Success);
        return m;
    }

    [Fact]
    public void Return_needs_a_comment_and_keeps_the_communes_own_note()
    {
        var m = Measurement.Record(MeasurementTests.Target(), 2026, new MeasurementFigure(36.5m, Note: "ước tính"), Lan, Now).Value!;
        Assert.True(m.Submit(Lan, Now).Success);
        var empty = m.Return(Hoa, "  ", Now);
        Assert.False(empty.Success);
        Assert.Equal(Messages.ReturnCommentRequired, empty.Error);
        Assert.Equal(MeasurementStatus.Submitted, m.Status);

        Assert.True(m.Return(Hoa, "Kiểm tra lại nguồn", Now.AddHours(2)).Success);
        Assert.Equal((MeasurementStatus.Draft, "ước tính", "hoa"), (m.Status, m.Note, m.UpdatedBy));
        Assert.Null(m.SubmittedAt);
    }

    [Fact]
    public void Approver_unlocks_an_approved_figure_back_to_a_draft_and_clears_the_approval()
    {
        var m = Approved();
        var unlocked = m.Unlock(Hoa, "Xã báo số liệu sai đơn vị", Now.AddDays(1));
        Assert.True(unlocked.Success, unlocked.Error);
        Assert.Equal(MeasurementStatus.Draft, m.Status);
        Assert.Equal((null, null, null, null), (m.ApprovedBy, m.ApprovedAt, m.SubmittedBy, m.SubmittedAt));
        Assert.Equal(("hoa", Now.AddDays(1)), (m.UpdatedBy, m.UpdatedAt));
        Assert.Equal("theo báo cáo xã", m.Note);
        Assert.True(m.Update(new MeasurementFigure(38m), Lan, Now.AddDays(2)).Success);
    }

    [Fact]
    public void Administrator_unlocks_a_locked_figure_and_the_lock_is_cleared()
    {
        var m = Approved();
        Assert.True(m.Lock(Admin, Now.AddDays(1)).Success);
        Assert.True(m.Unlock(Admin, "Điều chỉnh theo số liệu thống kê", Now.AddDays(2)).Success);
        Assert.Equal((MeasurementStatus.Draft, null, null), (m.Status, m.LockedBy, m.LockedAt));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void Unlock_without_a_reason_is_refused_and_changes_nothing(string reason)
    {
        var m = Approved();
        var refused = m.Unlock(Hoa, reason, Now.AddDays(1));
        Assert.False(refused.Success);
        Assert.Equal(Messages.UnlockReasonRequired, refused.Error);
        Assert.Equal((MeasurementStatus.Approved, "hoa"), (m.Status, m.ApprovedBy));
    }

    [Fact]
    public void Editor_and_viewer_cannot_unlock()
    {
        var m = Approved();
        foreach (var actor in new[] { Lan, Viewer })
        {
            var refused = m.Unlock(actor, "muốn sửa", Now);
            Assert.False(refused.Success);
            Assert.Contains(actor.UserName, refused.Error);
        }
        Assert.Equal(MeasurementStatus.Approved, m.Status);
    }

    [Fact]
    public void Only_approved_or_locked_figures_unlock()
    {
        var draft = Measurement.Record(MeasurementTests.Target(), 2026, new MeasurementFigure(1m), Lan, Now).Value!;
        var refused = draft.Unlock(Hoa, "lý do", Now);
        Assert.False(refused.Success);
        Assert.Equal(string.Format(Messages.MeasurementNotLocked, Messages.StatusDraft), refused.Error);
        Assert.True(draft.Submit(Lan, Now).Success);
        Assert.False(draft.Unlock(Hoa, "lý do", Now).Success);
        Assert.Equal(MeasurementStatus.Submitted, draft.Status);
    }
}
