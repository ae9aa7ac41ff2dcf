using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Extraction;
using NghiQuyet.Core.Text;

namespace NghiQuyet.Core.Tests.Domain;

public class ResolutionTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 3, 0, 0, TimeSpan.Zero);

    private static readonly ExtractionResult Extraction = new(
        new DocumentHeader("Đảng bộ xã Mường Lầm", OrganizationLevel.Commune, "Sơn La", 1, new Term(2025, 2030), Diacritics.Full),
        [
            new ExtractedTarget("1", TargetGroup.Economy, "Thu ngân sách", TargetOp.GrowthRate, 5, null, "%/năm", 2030, 10),
            new ExtractedTarget("2", TargetGroup.Economy, "Tốc độ tăng giá trị sản xuất", TargetOp.Range, 5, 7, "%/năm", 2030, 12),
            new ExtractedTarget(null, TargetGroup.Other, "Duy trì xã đạt chuẩn", TargetOp.Maintain, null, null, null, 2030, 14),
        ],
        [
            new PreviousTermResult("Biểu 01", "Tỷ lệ che phủ rừng", "%", 45, 47.2m, PrintedVerdict.Exceeded, 31),
            new PreviousTermResult("Biểu 02", "Trường đạt chuẩn", "trường", 3, null, null, 41),
        ]);

    private static Organization MuongLam()
    {
        var organization = new Organization("04183", "Mường Lầm", OrganizationKind.Commune, "14");
        organization.AddPredecessor(new Predecessor("04183", "Xã Mường Lầm", "Huyện Sông Mã", false));
        organization.AddPredecessor(new Predecessor("04189", "Xã Đứa Mòn", "Huyện Sông Mã", false));
        organization.AddPredecessor(new Predecessor("04189", "Xã Đứa Mòn", "Huyện Sông Mã", false));
        return organization;
    }

    private static Resolution Create(Func<PreviousTermResult, Predecessor?>? formerUnit = null) =>
        Resolution.FromExtraction(MuongLam(), new SourceFile("a.txt", "txt", [1], "lan", Now), Extraction, formerUnit ?? (_ => null), "lan", Now);

    [Fact]
    public void A_new_resolution_is_a_draft_that_gives_back_its_extraction()
    {
        var resolution = Create();
        Assert.Equal(ResolutionStatus.Draft, resolution.Status);
        Assert.Equal("04183", resolution.OrganizationCode);
        Assert.Equal([1, 2, 3], resolution.Targets.Select(t => t.Position));
        // Everything the extraction said is held: its header, each target's place, terms, confidence and cue, each row.
        var back = new ExtractionResult(resolution.Header,
            resolution.Targets.OrderBy(t => t.Position).Select(t => new ExtractedTarget(t.Item, t.Group, t.Terms.Name, t.Terms.Op,
                t.Terms.Value, t.Terms.ValueMax, t.Terms.Unit, t.Terms.Year, t.Line) { Confidence = t.Confidence, Cue = t.Cue }).ToList(),
            resolution.Results.OrderBy(r => r.Position).Select(r => r.Row).ToList());
        Assert.Equal(ExtractionJson.Serialize(Extraction), ExtractionJson.Serialize(back));
    }

    [Fact]
    public void A_predecessor_is_listed_once()
    {
        Assert.Equal(2, MuongLam().Predecessors.Count);
    }

    [Fact]
    public void Whoever_enters_the_units_data_publishes_a_viewer_does_not_and_only_once()
    {
        var resolution = Create();
        Assert.False(resolution.Publish(new Actor("thanhtra", ActorRole.Viewer), Now).Success);
        Assert.Equal(ResolutionStatus.Draft, resolution.Status);
        Assert.True(resolution.Publish(new Actor("lan", ActorRole.Editor), Now).Success);
        Assert.Equal((ResolutionStatus.Published, "lan"), (resolution.Status, resolution.PublishedBy));
        Assert.Equal(Messages.AlreadyPublished, resolution.Publish(new Actor("admin", ActorRole.Administrator), Now).Error);
    }

    [Fact]
    public void A_draft_takes_added_targets_at_the_end_and_loses_removed_ones()
    {
        var resolution = Create();
        var editor = new Actor("lan", ActorRole.Editor);
        var added = resolution.AddTarget(new ExtractedTarget("4", TargetGroup.Society, " Tỷ lệ hộ nghèo ", TargetOp.AtMost, 10, null, "%", 2030, 0), editor, Now);
        Assert.True(added.Success);
        Assert.Equal((4, "Tỷ lệ hộ nghèo", 0), (added.Value.Position, added.Value.Name, added.Value.Line));
        var removed = resolution.RemoveTarget(resolution.Targets[0].Id, editor);
        Assert.True(removed.Success);
        Assert.Equal([2, 3, 4], resolution.Targets.Select(t => t.Position));
        Assert.False(resolution.RemoveTarget(removed.Value.Id, editor).Success);
    }

    [Fact]
    public void Added_targets_must_make_sense_and_a_viewer_changes_nothing()
    {
        var resolution = Create();
        var editor = new Actor("lan", ActorRole.Editor);
        Assert.Equal(Messages.TargetNameRequired,
            resolution.AddTarget(new ExtractedTarget(null, TargetGroup.Other, " ", TargetOp.AtLeast, 1, null, null, 2030, 0), editor, Now).Error);
        Assert.Equal(Messages.RangeNeedsBounds,
            resolution.AddTarget(new ExtractedTarget(null, TargetGroup.Other, "X", TargetOp.Range, 9, 5, null, 2030, 0), editor, Now).Error);
        var viewer = new Actor("thanhtra", ActorRole.Viewer);
        Assert.False(resolution.RemoveTarget(resolution.Targets[0].Id, viewer).Success);
        Assert.False(resolution.CorrectTarget(resolution.Targets[0].Id, new TargetTerms("X", TargetOp.AtLeast, 1, null, null, 2030), viewer, Now).Success);
        Assert.Equal(3, resolution.Targets.Count);
        Assert.False(resolution.Targets[0].IsCorrected);
    }

    [Fact]
    public void A_published_resolution_refuses_every_change_to_its_targets()
    {
        var resolution = Create();
        var editor = new Actor("lan", ActorRole.Editor);
        Assert.True(resolution.Publish(editor, Now).Success);
        var first = resolution.Targets[0];
        Assert.Equal(Messages.ResolutionNotDraft,
            resolution.CorrectTarget(first.Id, new TargetTerms("X", TargetOp.AtLeast, 1, null, null, 2030), editor, Now).Error);
        Assert.Equal(Messages.ResolutionNotDraft, resolution.RemoveTarget(first.Id, editor).Error);
        Assert.Equal(Messages.ResolutionNotDraft,
            resolution.AddTarget(new ExtractedTarget(null, TargetGroup.Other, "X", TargetOp.AtLeast, 1, null, null, 2030, 0), editor, Now).Error);
        Assert.Equal(3, resolution.Targets.Count);
        Assert.False(first.IsCorrected);
    }

    [Fact]
    public void A_correction_wins_over_the_extracted_values_which_are_kept()
    {
        var target = Create().Targets[1];
        var fix = new TargetTerms("Tốc độ tăng tổng giá trị sản phẩm", TargetOp.Range, 6, 8, "%/năm", 2030);
        Assert.True(target.Correct(fix, new Actor("minh", ActorRole.Editor), Now).Success);
        Assert.Equal((6m, 8m, "Tốc độ tăng tổng giá trị sản phẩm"), (target.EffectiveValue, target.EffectiveValueMax, target.Terms.Name));
        Assert.Equal((5m, 7m), (target.Value, target.ValueMax));
        Assert.Equal(fix, target.Correction);
        Assert.Equal("minh", target.CorrectedBy);
        target.ClearCorrection();
        Assert.Equal(5m, target.Terms.Value);
    }

    [Fact]
    public void A_correction_must_make_sense()
    {
        var target = Create().Targets[0];
        Assert.False(target.Correct(new TargetTerms("X", TargetOp.Range, 8, 6, "%", 2030), new Actor("minh", ActorRole.Editor), Now).Success);
        Assert.False(target.Correct(new TargetTerms(" ", TargetOp.Equal, 8, null, "%", 2030), new Actor("minh", ActorRole.Editor), Now).Success);
        Assert.False(target.Correct(new TargetTerms("X", TargetOp.Equal, 8, null, "%", 2030), new Actor("khach", ActorRole.Viewer), Now).Success);
        Assert.False(target.IsCorrected);
    }

    [Fact]
    public void Assessment_tables_are_tied_to_the_old_commune_their_caption_names()
    {
        var lines = Enumerable.Range(1, 45).Select(i => new SourceLine(i, i switch
        {
            28 => "Biểu 01",
            30 => "BIỂU CÁC CHỈ TIÊU ĐẠI HỘI XÃ ĐỨA MÒN, NHIỆM KỲ 2020-2025",
            38 => "Biểu 02 - Xã Mường Lầm",
            _ => "Tỷ lệ …",
        })).ToList();
        var locator = new FormerUnitLocator(MuongLam(), new SourceDocument("a.txt", "txt", lines));
        var resolution = Create(locator.Locate);
        Assert.Equal(["04189", "04183"], resolution.Results.Select(r => r.FormerUnitCode));
        Assert.Equal("Xã Đứa Mòn", resolution.Results[0].FormerUnitName);
    }

    [Fact]
    public void Without_a_caption_or_predecessors_a_table_speaks_of_the_unit_itself()
    {
        var lines = Enumerable.Range(1, 45).Select(i => new SourceLine(i, "…")).ToList();
        Assert.All(Create(new FormerUnitLocator(MuongLam(), new SourceDocument("a", "txt", lines)).Locate).Results, r => Assert.Null(r.FormerUnitCode));
        var single = new Organization("03856", "Bắc Yên", OrganizationKind.Commune, "14");
        single.AddPredecessor(new Predecessor("03856", "Thị trấn Bắc Yên", "Huyện Bắc Yên", false));
        Assert.Null(new FormerUnitLocator(single, null).Locate(Extraction.Results[0]));
    }
}
