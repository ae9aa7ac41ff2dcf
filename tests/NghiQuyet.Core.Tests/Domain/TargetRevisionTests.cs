using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Time;

namespace NghiQuyet.Core.Tests.Domain;

/// <summary>Issue 12, defect 2: after publication a target changes only by an approved revision, from a year on.</summary>
public class TargetRevisionTests
{
    // 25/11/2026 in Vietnam: revisions may start in 2026 at the earliest.
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);
    private static readonly Actor Commune = new("xa.03688", ActorRole.Editor);
    private static readonly Actor ProvinceOfficer = new("tinh.sonla", ActorRole.Approver);

    private static Resolution Published()
    {
        var extraction = new ExtractionResult(
            new DocumentHeader("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
            [new ExtractedTarget("1", TargetGroup.Economy, "Thu nhập bình quân đầu người", TargetOp.AtLeast, 60, null, "triệu đồng/người/năm", 2030, 10)],
            []);
        var resolution = Resolution.FromExtraction(new Organization("04183", "Mường Lầm", OrganizationKind.Commune, "14"),
            new SourceFile("a.txt", "txt", [1], "lan", Now), extraction, _ => null, "lan", Now);
        Assert.True(resolution.Publish(Commune, Now).Success);
        return resolution;
    }

    private static readonly TargetTerms Lower = new("Thu nhập bình quân đầu người", TargetOp.AtLeast, 50, null, "triệu đồng/người/năm", 2030);

    [Fact]
    public void A_published_target_cannot_be_corrected_by_anyone()
    {
        var resolution = Published();
        var target = resolution.Targets[0];
        foreach (var actor in new[] { Commune, ProvinceOfficer, new Actor("admin", ActorRole.Administrator) })
            Assert.Equal(Messages.ResolutionNotDraft, resolution.CorrectTarget(target.Id, Lower with { Value = 1 }, actor, Now).Error);
        Assert.Equal((false, 60m), (target.IsCorrected, target.EffectiveValue));
    }

    [Fact]
    public void A_draft_is_corrected_directly_not_revised()
    {
        var draft = Resolution.FromExtraction(new Organization("04183", "Mường Lầm", OrganizationKind.Commune, "14"),
            new SourceFile("a.txt", "txt", [1], "lan", Now),
            new ExtractionResult(new DocumentHeader(null, OrganizationLevel.Commune, null, null, null, Diacritics.Full),
                [new ExtractedTarget("1", TargetGroup.Economy, "X", TargetOp.AtLeast, 60, null, null, 2030, 1)], []),
            _ => null, "lan", Now);
        Assert.Equal(Messages.RevisionOnlyPublished, draft.RequestRevision(draft.Targets[0].Id, Lower, 2026, "lý do", Commune, Now).Error);
    }

    [Fact]
    public void A_revision_is_in_force_from_its_year_once_approved_by_someone_else()
    {
        var resolution = Published();
        var target = resolution.Targets[0];
        var requested = resolution.RequestRevision(target.Id, Lower, 2027, "Điều chỉnh giữa nhiệm kỳ", Commune, Now);
        Assert.True(requested.Success, requested.Error);
        Assert.Equal(60m, target.InForce(2028).Value); // requested only

        Assert.Equal(string.Format(Messages.NotAllowed, Commune.UserName, Messages.ActionApproveRevision),
            resolution.DecideRevision(target.Id, requested.Value.Id, true, null, Commune, Now).Error);
        // Four eyes: the requester does not approve, even with an administrator's role.
        Assert.Equal(string.Format(Messages.RevisionOwnRequest, Commune.UserName),
            resolution.DecideRevision(target.Id, requested.Value.Id, true, null, Commune with { Role = ActorRole.Administrator }, Now).Error);
        Assert.True(resolution.DecideRevision(target.Id, requested.Value.Id, true, null, ProvinceOfficer, Now).Success);

        Assert.Equal((60m, 60m, 50m, 50m), (target.InForce(2025).Value, target.InForce(2026).Value, target.InForce(2027).Value, target.InForce(2030).Value));
        Assert.Equal(60m, target.EffectiveValue); // the adopted version is kept
        Assert.Equal(Messages.RevisionNotPending, resolution.DecideRevision(target.Id, requested.Value.Id, false, "muộn", ProvinceOfficer, Now).Error);
    }

    [Fact]
    public void A_revision_needs_a_reason_a_year_not_already_past_and_one_at_a_time()
    {
        var resolution = Published();
        var id = resolution.Targets[0].Id;
        Assert.Equal(Messages.TargetEditReasonRequired, resolution.RequestRevision(id, Lower, 2026, " ", Commune, Now).Error);
        Assert.Equal(string.Format(Messages.RevisionFromYearInvalid, 2026, 2030), resolution.RequestRevision(id, Lower, 2025, "lý do", Commune, Now).Error);
        Assert.Equal(string.Format(Messages.RevisionFromYearInvalid, 2026, 2030), resolution.RequestRevision(id, Lower, 2031, "lý do", Commune, Now).Error);
        Assert.Equal(string.Format(Messages.NotAllowed, "khach", Messages.ActionRequestRevision),
            resolution.RequestRevision(id, Lower, 2026, "lý do", new Actor("khach", ActorRole.Viewer), Now).Error);
        Assert.True(resolution.RequestRevision(id, Lower, 2026, "lý do", Commune, Now).Success);
        Assert.Equal(string.Format(Messages.RevisionPending, 1), resolution.RequestRevision(id, Lower, 2026, "lý do", Commune, Now).Error);
        var pending = resolution.Targets[0].Revisions[0];
        Assert.Equal(Messages.RevisionRejectNoteRequired, resolution.DecideRevision(id, pending.Id, false, " ", ProvinceOfficer, Now).Error);
        Assert.True(resolution.DecideRevision(id, pending.Id, false, "Chưa đủ căn cứ", ProvinceOfficer, Now).Success);
        Assert.Equal(60m, resolution.Targets[0].InForce(2030).Value);
        Assert.True(resolution.RequestRevision(id, Lower, 2026, "lần hai", Commune, Now).Success);
        Assert.Equal(2, resolution.Targets[0].Revisions[1].Number);
    }

    [Fact]
    public void The_evaluator_judges_each_year_against_the_version_in_force_that_year()
    {
        var resolution = Published();
        var target = resolution.Targets[0];
        var revision = resolution.RequestRevision(target.Id, Lower with { Value = 40 }, 2027, "Giảm do thiên tai", Commune, Now).Value!;
        Assert.True(resolution.DecideRevision(target.Id, revision.Id, true, null, ProvinceOfficer, Now).Success);
        var evaluator = new OrganizationEvaluator(IndicatorCatalog.Default, VietnamClock.System);
        // 45 by 2030: short of the adopted 60, above the revised 40.
        var figures = new List<Figure> { new(2025, 35), new(2030, 45) };
        var input = new TargetInput(target.Terms, figures, Versions: target.Versions());
        var at2026 = evaluator.Evaluate([input], 2026)[0];
        var at2030 = evaluator.Evaluate([input], 2030)[0];
        Assert.Equal((60m, 40m), (at2026.Evaluation.Spec.Value, at2030.Evaluation.Spec.Value));
        Assert.True(at2030.Evaluation.Verdict!.Satisfied);
        var unrevised = evaluator.Evaluate([input with { Versions = null }], 2030)[0];
        Assert.Equal((Verdict.NotMet, false), (unrevised.Evaluation.Verdict!.Verdict, unrevised.Evaluation.Verdict.Satisfied));
    }
}
