using System.Net;
using NghiQuyet.Core;
using NghiQuyet.Web.Identity;
using Xunit.Abstractions;

namespace NghiQuyet.Web.Tests.Security;

public sealed class ThrottledSite : SecuritySite;

/// <summary>
/// Sign-in throttling on the real site with the product's defaults (issue 12, defect 11): spraying one password over
/// many names from one address is cut off with 429s; guessing one account from one address meets growing delays
/// (429 with Retry-After) — but the owner signing in from elsewhere is never locked out by it.
/// </summary>
public sealed class SignInThrottlingTests(ThrottledSite site, ITestOutputHelper output) : IClassFixture<ThrottledSite>
{
    private static readonly SignInSettings Defaults = SignInSettings.Default;

    [Fact]
    public async Task Spraying_one_password_over_many_names_from_one_address_is_answered_429()
    {
        var attacker = site.ClientAt("203.0.113.7");
        var token = await WebAppFactory.TokenAsync(attacker, "/Account/Login");
        var statuses = new List<HttpStatusCode>();
        // The probe's attack: 150 names, one common password, as fast as the site answers.
        for (var i = 0; i < 150; i++)
        {
            var response = await SecuritySite.PostSignInAsync(attacker, token, $"canbo{i:D3}", "Matkhau@2026");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.True(response.Headers.RetryAfter is not null, "429 without Retry-After");
                Assert.Equal(Messages.SignInTooManyFromHere, await response.Content.ReadAsStringAsync());
            }
        }
        var checkedAttempts = statuses.Count(s => s == HttpStatusCode.OK);
        var throttled = statuses.Count(s => s == HttpStatusCode.TooManyRequests);
        output.WriteLine($"spray: 150 attempts, {checkedAttempts} checked, {throttled} answered 429");
        Assert.Equal(150, checkedAttempts + throttled);
        Assert.True(checkedAttempts <= Defaults.PerIpPermits, $"{checkedAttempts} attempts were checked");
        Assert.True(throttled >= 150 - Defaults.PerIpPermits, $"only {throttled} answered 429");

        // Another address is not held up by it, and reading the sign-in page is never limited.
        Assert.Equal(HttpStatusCode.OK, (await attacker.GetAsync("/Account/Login")).StatusCode);
        var owner = site.ClientAt("198.51.100.20");
        var ok = await WebAppFactory.SignInAsync(owner, "thanhtra", Demo.DemoSeeder.Password);
        Assert.Equal(HttpStatusCode.Redirect, ok.StatusCode);
    }

    [Fact]
    public async Task Guessing_one_account_meets_growing_delays_but_cannot_lock_the_owner_out()
    {
        const string password = "Dung@MatKhau2026";
        var name = await site.NewUserAsync("doan.thu", password);
        var stranger = site.ClientAt("192.0.2.50");
        var token = await WebAppFactory.TokenAsync(stranger, "/Account/Login");

        // The first wrong passwords are answered as such …
        for (var i = 0; i < Defaults.FreeFailures; i++)
        {
            var wrong = await SecuritySite.PostSignInAsync(stranger, token, name, "Sai@" + i + "23456");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains(Messages.SignInFailed, await wrong.Content.ReadAsStringAsync());
        }
        // … then the next attempt from there must wait, even with the right password (it is not checked).
        var held = await SecuritySite.PostSignInAsync(stranger, token, name, password);
        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        var wait = held.Headers.RetryAfter!.Delta!.Value;
        Assert.InRange(wait.TotalSeconds, 1, 2);
        Assert.Contains(string.Format(Messages.SignInWait, (int)wait.TotalSeconds), await held.Content.ReadAsStringAsync());

        // The probe's lockout: five wrong tries used to lock the owner out for 15 minutes. The owner, at their own
        // desk, signs in at once.
        var owner = site.ClientAt("198.51.100.21");
        var signedIn = await WebAppFactory.SignInAsync(owner, name, password);
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        // The delay is a delay, not a lock: once it is over the right password works from there too.
        await Task.Delay(wait + TimeSpan.FromMilliseconds(300));
        var later = await SecuritySite.PostSignInAsync(stranger, await WebAppFactory.TokenAsync(stranger, "/Account/Login"), name, password);
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
    }

    [Fact]
    public async Task The_delay_doubles_with_each_further_wrong_password()
    {
        var name = await site.NewUserAsync("gap.doi", "GapDoi@2026x");
        var stranger = site.ClientAt("192.0.2.51");
        var token = await WebAppFactory.TokenAsync(stranger, "/Account/Login");
        var waits = new List<double>();
        for (var i = 0; waits.Count < 3 && i < 12; i++)
        {
            var response = await SecuritySite.PostSignInAsync(stranger, token, name, "Sai@" + i + "23456");
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                var wait = response.Headers.RetryAfter!.Delta!.Value;
                waits.Add(wait.TotalSeconds);
                await Task.Delay(wait + TimeSpan.FromMilliseconds(200));
            }
        }
        output.WriteLine("waits: " + string.Join(", ", waits));
        Assert.Equal([1, 2, 4], waits);
    }
}

public sealed class LowCeilingSite : SecuritySite
{
    protected override IEnumerable<(string Key, string Value)> Settings => [("SignIn:PerAccountFailures", "6")];
}

/// <summary>The per-account ceiling: wrong passwords from many addresses (a botnet) are counted together.</summary>
public sealed class SignInAccountCeilingTests(LowCeilingSite site) : IClassFixture<LowCeilingSite>
{
    [Fact]
    public async Task Wrong_passwords_from_many_addresses_reach_the_accounts_ceiling()
    {
        var name = await site.NewUserAsync("tran.nha", "TranNha@2026x");
        for (var i = 0; i < 6; i++)
        {
            var client = site.ClientAt($"192.0.2.{100 + i}");
            var response = await WebAppFactory.SignInAsync(client, name, "Sai@123456x");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        }
        var next = site.ClientAt("192.0.2.200");
        var refused = await WebAppFactory.SignInAsync(next, name, "Sai@123456x");
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Contains("Tài khoản này đang bị thử mật khẩu quá nhiều lần", await refused.Content.ReadAsStringAsync());
        // Other accounts are not affected.
        Assert.Equal(HttpStatusCode.Redirect, (await WebAppFactory.SignInAsync(next, "thanhtra", Demo.DemoSeeder.Password)).StatusCode);
    }
}
