using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core.Domain;
using NghiQuyet.Data;

namespace NghiQuyet.Web.Tests.Units;

/// <summary>The workflow tests' own app and database (they change figures' states; other test classes must not see it).</summary>
[CollectionDefinition(Name)]
public sealed class WorkflowCollection : ICollectionFixture<WebAppFactory>
{
    public const string Name = "workflow";
}

internal static class Workflow
{
    public const string Province = "tinh.sonla";
    public const string Inspector = "thanhtra";
    public const string Admin = "admin";
    public static string OwnUser => TestData.OwnCommuneUser;
    public static string OtherUser => Demo.DemoSeeder.CommuneUserName(TestData.OtherCommune);

    public static string FiguresUrl(string code, int year) => $"/Units/{code}/Figures/{year}";

    public static List<Measurement> Stored(WebAppFactory factory, string code, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.Measurements.AsNoTracking()
            .Where(m => m.Year == year && db.Targets.Any(t => t.Id == m.TargetId && db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode == code)))
            .ToList();
    }

    public static List<Target> TargetsOf(WebAppFactory factory, string code)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.Targets.AsNoTracking().Where(t => db.Resolutions.Any(r => r.Id == t.ResolutionId && r.OrganizationCode == code))
            .OrderBy(t => t.Position).ToList();
    }

    public static List<AuditEntry> Audit(WebAppFactory factory, IEnumerable<Guid> ids)
    {
        var list = ids.ToList();
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        return db.AuditEntries.AsNoTracking().Where(a => list.Contains(a.EntityId)).ToList();
    }

    /// <summary>What a test compares to prove "nothing was written".</summary>
    public static string Snapshot(IEnumerable<Measurement> ms) =>
        string.Join(";", ms.OrderBy(m => m.Id).Select(m => $"{m.Id}|{m.Value}|{m.Numerator}|{m.Denominator}|{m.Note}|{m.Status}|{m.Version}"));

    public static async Task<HttpResponseMessage> PostAsync(HttpClient client, string url, string? handler, IEnumerable<KeyValuePair<string, string>> fields, bool withToken = true, string? tokenFrom = null)
    {
        var all = fields.ToList();
        if (withToken)
            all.Add(new("__RequestVerificationToken", await WebAppFactory.TokenAsync(client, tokenFrom ?? url)));
        return await client.PostAsync(handler is null ? url : $"{url}?handler={handler}", new FormUrlEncodedContent(all));
    }

    /// <summary>The commune officer enters <paramref name="values"/> for the first targets of the year and submits them.</summary>
    public static async Task SubmitAsync(WebAppFactory factory, string user, string code, int year, params string[] values)
    {
        var client = await factory.SignedInAsync(user);
        var targets = TargetsOf(factory, code);
        var fields = new List<KeyValuePair<string, string>>();
        for (var i = 0; i < values.Length; i++)
        {
            fields.Add(new($"Rows[{i}].TargetId", targets[i].Id.ToString()));
            fields.Add(new($"Rows[{i}].Value", values[i]));
        }
        var response = await PostAsync(client, FiguresUrl(code, year), "Submit", fields);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        Assert.All(Stored(factory, code, year), m => Assert.Equal(MeasurementStatus.Submitted, m.Status));
    }

    /// <summary>An administrator locks the year's approved figures (no page does this yet; the domain method does).</summary>
    public static void Lock(WebAppFactory factory, string code, int year)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<NghiQuyetDbContext>();
        var ids = Stored(factory, code, year).Select(m => m.Id).ToList();
        var admin = new Actor(Admin, ActorRole.Administrator);
        foreach (var m in db.Measurements.Where(m => ids.Contains(m.Id)).ToList())
            Assert.True(m.Lock(admin, DateTimeOffset.UtcNow).Success);
        db.SaveChanges();
    }
}
