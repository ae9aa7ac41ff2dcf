using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Domain;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Tests.Infrastructure;

namespace NghiQuyet.Data.Tests.Storage;

/// <summary>
/// A unit's figures of a year through draft, submitted, approved and back, on SQLite and on PostgreSQL: each action
/// all or nothing, reasons kept in the audit trail and read back as the commune's remarks.
/// </summary>
public abstract class FiguresWorkflowContract : IDisposable
{
    private const string Unit = "04183";
    private const int Year = 2026;
    private static readonly Actor Lan = TestDatabase.Editor("lan");
    private static readonly Actor Minh = TestDatabase.Editor("minh");
    private static readonly Actor Hoa = new("hoa", ActorRole.Approver);

    private readonly TestDatabase _database;

    protected FiguresWorkflowContract(TestDatabase database)
    {
        _database = database;
        using var db = _database.Open("lan");
        var imported = _database.Importer(db, "lan").Import(Sample.Fixture());
        Assert.True(imported.Success, imported.Error);
    }

    public void Dispose()
    {
        _database.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Runs <paramref name="act"/> as <paramref name="user"/> on a fresh context, as one request of the site does.</summary>
    private T As<T>(string user, Func<FiguresWorkflow, FiguresYear, T> act)
    {
        using var db = _database.Open(user);
        var workflow = new FiguresWorkflow(db, new FixedUser(user), _database.Clock,
            new OrganizationEvaluator(IndicatorCatalog.Default, new VietnamClock(_database.Clock)));
        var year = workflow.Open(Unit, Year);
        Assert.True(year.Success, year.Error);
        _database.Clock.Advance(TimeSpan.FromMinutes(1));
        return act(workflow, year.Value);
    }

    private FiguresYear Open(string user = "lan") => As(user, (_, year) => year);

    private static PostedFigure Row(FiguresYear year, int target, string? value, string? numerator = null, string? denominator = null, string? note = null) =>
        new(year.Targets[target].Id, value, numerator, denominator, note, year.Existing.GetValueOrDefault(year.Targets[target].Id)?.Version);

    private Result<string> Save(string user, Actor actor, bool submit, params (int Target, string Value)[] rows) =>
        As(user, (w, year) => w.Save(year, FiguresWorkflow.Read(year, rows.Select(r => Row(year, r.Target, r.Value)).ToList()), submit, actor));

    private List<Measurement> Stored()
    {
        using var db = _database.Open();
        return db.Measurements.AsNoTracking().Where(m => m.Year == Year).ToList();
    }

    private Measurement StoredOf(int target) => Stored().Single(m => m.TargetId == Open().Targets[target].Id);

    [StorageFact]
    public void Save_records_drafts_and_submit_sends_every_draft_of_the_year()
    {
        var saved = Save("lan", Lan, submit: false, (0, "2,1"), (2, "9.600"));
        Assert.True(saved.Success, saved.Error);
        Assert.Equal(string.Format(Messages.FigureSaved, Year), saved.Value);
        Assert.Equal([(2.1m, MeasurementStatus.Draft), (9600m, MeasurementStatus.Draft)],
            new[] { StoredOf(0), StoredOf(2) }.Select(m => (m.Value, m.Status)));

        var submitted = Save("lan", Lan, submit: true);
        Assert.True(submitted.Success, submitted.Error);
        Assert.Equal(string.Format(Messages.FigureSubmitted, Year), submitted.Value);
        Assert.All(Stored(), m => Assert.Equal((MeasurementStatus.Submitted, "lan"), (m.Status, m.SubmittedBy)));
    }

    [StorageFact]
    public void One_bad_field_and_nothing_of_the_form_is_written_each_field_saying_why()
    {
        var year = Open();
        var read = FiguresWorkflow.Read(year,
        [
            Row(year, 0, "2,1"),
            Row(year, 2, "chín nghìn"),
            Row(year, 3, "3.550", numerator: "1"),
            Row(year, 4, "66", note: new string('x', FiguresWorkflow.MaxText + 1)),
            Row(year, 1, " "),
        ]);
        Assert.Equal(
            [
                new FigureFieldError(1, FigureField.Value, string.Format(Messages.FigureInvalid, "chín nghìn")),
                new FigureFieldError(2, FigureField.Numerator, Messages.NumeratorOnlyForShares),
                new FigureFieldError(3, FigureField.Note, string.Format(Messages.WorkflowTextTooLong, FiguresWorkflow.MaxText)),
            ],
            read.Errors);

        var saved = As("lan", (w, y) => w.Save(y, read, submit: true, Lan));
        Assert.Equal(Messages.FiguresNotSaved, saved.Error);
        Assert.Empty(Stored());
    }

    [StorageFact]
    public void A_figure_no_longer_a_draft_is_read_only_field_by_field_but_the_same_figure_posted_back_is_no_change()
    {
        Assert.True(Save("lan", Lan, submit: true, (2, "9.600")).Success);
        var year = Open();
        var same = FiguresWorkflow.Read(year, [Row(year, 2, "9.600,00"), Row(year, 0, "2,1")]);
        Assert.Empty(same.Errors);
        Assert.Equal([year.Targets[0].Id], same.Entries.Select(e => e.TargetId));

        var changed = FiguresWorkflow.Read(year, [Row(year, 2, "9.700", denominator: "5", note: "sửa")]);
        var notDraft = string.Format(Messages.MeasurementNotDraft, Measurement.StatusName(MeasurementStatus.Submitted));
        Assert.Equal([FigureField.Value, FigureField.Denominator, FigureField.Note], changed.Errors.Select(e => e.Field));
        Assert.All(changed.Errors, e => Assert.Equal(notDraft, e.Message));
    }

    [StorageFact]
    public void A_stale_row_rolls_back_the_whole_form_but_its_refusal_stays_in_the_audit_trail()
    {
        Assert.True(Save("lan", Lan, submit: false, (0, "2,1"), (2, "9.600")).Success);
        var seen = Open();
        Assert.True(Save("minh", Minh, submit: false, (2, "9.650")).Success);

        var saved = As("lan", (w, _) => w.Save(seen, FiguresWorkflow.Read(seen, [Row(seen, 0, "2,4"), Row(seen, 2, "9.700")]), submit: false, Lan));

        Assert.False(saved.Success);
        Assert.Contains("minh", saved.Error);
        Assert.Equal((2.1m, 9650m), (StoredOf(0).Value, StoredOf(2).Value));
        using var db = _database.Open();
        var refused = db.AuditEntries.AsNoTracking().Where(a => a.Action == AuditAction.Refused).ToList();
        Assert.Equal([(StoredOf(2).Id, "lan")], refused.Select(a => (a.EntityId, a.UserName)));
    }

    [StorageFact]
    public void Approval_is_all_or_nothing_and_nobody_approves_their_own_submission()
    {
        Assert.True(Save("lan", Lan, submit: true, (0, "2,1")).Success);
        Assert.True(Save("minh", Minh, submit: true, (2, "9.600")).Success);

        var approved = As("minh", (w, year) => w.Approve(year, new Actor("minh", ActorRole.Approver)));

        Assert.Equal(string.Format(Messages.ApproveOwnSubmission, "minh"), approved.Error);
        Assert.All(Stored(), m => Assert.Equal(MeasurementStatus.Submitted, m.Status));
        var byHoa = As("hoa", (w, year) => w.Approve(year, Hoa));
        Assert.Equal(string.Format(Messages.FiguresApproved, Year), byHoa.Value);
        Assert.All(Stored(), m => Assert.Equal((MeasurementStatus.Approved, "hoa"), (m.Status, m.ApprovedBy)));
    }

    [StorageFact]
    public void Return_and_unlock_need_a_reason_which_the_commune_then_reads_as_the_latest_remark()
    {
        Assert.True(Save("lan", Lan, submit: true, (0, "2,1"), (2, "9.600")).Success);
        var target2 = Open().Targets[2].Id;

        Assert.Equal(Messages.ReturnCommentRequired, As("hoa", (w, year) => w.Return(year, [], "  ", Hoa)).Error);
        Assert.Equal(Messages.NothingToUnlock, As("hoa", (w, year) => w.Unlock(year, "Sai đơn vị", Hoa)).Error);
        Assert.All(Stored(), m => Assert.Equal(MeasurementStatus.Submitted, m.Status));

        var returned = As("hoa", (w, year) => w.Return(year, [target2], "  Kiểm tra lại sản lượng ", Hoa));
        Assert.Equal(string.Format(Messages.FiguresReturned, 1, Year), returned.Value);
        Assert.Equal((MeasurementStatus.Submitted, MeasurementStatus.Draft), (StoredOf(0).Status, StoredOf(2).Status));
        Assert.Equal([(StoredOf(2).Id, "hoa", "Kiểm tra lại sản lượng", false)],
            Open().Remarks.Select(r => (r.EntityId, r.UserName, r.Note, r.Reopened)));

        Assert.True(Save("lan", Lan, submit: true).Success);
        Assert.True(As("hoa", (w, year) => w.Approve(year, Hoa)).Success);
        Assert.Empty(Open().Remarks); // nothing is a draft: no remark to read
        var unlocked = As("hoa", (w, year) => w.Unlock(year, "Sai đơn vị tính", Hoa));
        Assert.Equal(string.Format(Messages.FiguresUnlocked, 2, Year), unlocked.Value);
        var remarks = Open().Remarks;
        Assert.Equal(2, remarks.Count);
        Assert.All(remarks, r => Assert.Equal(("hoa", "Sai đơn vị tính", true), (r.UserName, r.Note, r.Reopened)));
        Assert.All(Stored(), m => Assert.Equal((MeasurementStatus.Draft, (string?)null), (m.Status, m.ApprovedBy)));
    }

    [StorageFact]
    public void A_unit_without_a_resolution_has_no_figures_form()
    {
        using var db = _database.Open();
        var workflow = new FiguresWorkflow(db, new FixedUser("lan"), _database.Clock, new OrganizationEvaluator(IndicatorCatalog.Default, new VietnamClock(_database.Clock)));
        Assert.Equal(string.Format(Messages.UnitNotFound, "99999"), workflow.Open("99999", Year).Error);
        var province = db.Organizations.AsNoTracking().Single(o => o.Code == Unit).ProvinceCode!;
        Assert.Equal(string.Format(Messages.NoResolution, province), workflow.Open(province, Year).Error);
    }
}

public sealed class SqliteFiguresWorkflowTests() : FiguresWorkflowContract(new SqliteTestDatabase());

public sealed class PostgresFiguresWorkflowTests() : FiguresWorkflowContract(CreatePostgres()), INeedsPostgres
{
    private static PostgresTestDatabase CreatePostgres() => new();
}
