using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using NghiQuyet.Web.Identity;

namespace NghiQuyet.Web.Tests.Security;

/// <summary>
/// The real site with its real sign-in settings (the base factory lifts the per-address limit for the other tests).
/// The test server has no network, so every request would come from no address: a client here says which address
/// it stands for in a header, which a startup filter — in the tests only — turns into the connection's address,
/// as Kestrel (or the forwarded-headers middleware behind a proxy) would.
/// </summary>
public class SecuritySite : WebAppFactory
{
    public const string AddressHeader = "X-Test-Client-Address";

    /// <summary>Settings a derived site changes (SignIn:*).</summary>
    protected virtual IEnumerable<(string Key, string Value)> Settings => [];

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        // Back to the product's defaults.
        builder.UseSetting("SignIn:PerIpPermits", SignInSettings.Default.PerIpPermits.ToString(System.Globalization.CultureInfo.InvariantCulture));
        foreach (var (key, value) in Settings)
            builder.UseSetting(key, value);
        builder.ConfigureServices(s => s.AddSingleton<IStartupFilter, ClientAddressFromHeader>());
    }

    private sealed class ClientAddressFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (context.Request.Headers[AddressHeader] is [{ } text] && IPAddress.TryParse(text, out var address))
                    context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    /// <summary>A browser at <paramref name="address"/>: keeps its cookies, shows redirects.</summary>
    public HttpClient ClientAt(string address)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        client.DefaultRequestHeaders.Add(AddressHeader, address);
        return client;
    }

    /// <summary>A new account of its own (so one test's failures never touch another's).</summary>
    public async Task<string> NewUserAsync(string name, string password)
    {
        using var scope = Services.CreateScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<WebUser>>();
        var user = new WebUser { UserName = name, DisplayName = name, OrganizationCode = TestData.Province };
        var created = await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, Roles.Inspector);
        return name;
    }

    /// <summary>A sign-in post reusing one page's anti-forgery token (a script would; the page is read once).</summary>
    public static Task<HttpResponseMessage> PostSignInAsync(HttpClient client, string token, string userName, string password) =>
        client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["__RequestVerificationToken"] = token,
        }));
}
