using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Core;

namespace NghiQuyet.Web.Tests.Dashboard;

/// <summary>The site at 31/12/2026 17:30 UTC, which is already 01/01/2027 00:30 in Vietnam.</summary>
public sealed class NewYearSite : WebAppFactory
{
    public static readonly DateTimeOffset Now = new(2026, 12, 31, 17, 30, 0, TimeSpan.Zero);

    private sealed class FixedTime : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => Now;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new FixedTime()));
    }
}

/// <summary>"This year" on the site is Vietnam's, as in <c>nghiquyet evaluate</c> (EvaluateCommandsTests).</summary>
public sealed class NewYearTests(NewYearSite site) : IClassFixture<NewYearSite>
{
    [Fact]
    public async Task Compare_accepts_the_new_year_and_names_it_as_the_last_one()
    {
        var client = await site.SignedInAsync("admin");
        var thisYear = await client.GetAsync($"/Compare/{TestData.Province}?year=2027");
        Assert.Equal(HttpStatusCode.OK, thisYear.StatusCode);
        var next = await client.GetAsync($"/Compare/{TestData.Province}?year=2028");
        Assert.Equal(HttpStatusCode.BadRequest, next.StatusCode);
        Assert.Contains(string.Format(Messages.CompareYearInvalid, 2028, 2000, 2027), await next.Content.ReadAsStringAsync());
    }
}
