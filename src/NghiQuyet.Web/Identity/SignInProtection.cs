using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.RateLimiting;
using NghiQuyet.Core;

namespace NghiQuyet.Web.Identity;

/// <summary>
/// Sign-in hardening (issue 12, defect 11), wired in two lines (<c>AddSignInProtection</c> after Identity,
/// <c>UseSignInProtection</c> after routing): the per-address rate limiter on the sign-in post, the per-account
/// throttle, answers of equal cost for unknown and real names, and the session cookie checked against the security
/// stamp on every request.
/// </summary>
public static class SignInProtection
{
    public const string Policy = "sign-in";

    public static IServiceCollection AddSignInProtection(this IServiceCollection services)
    {
        services.AddSingleton(sp => SignInSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<SignInThrottle>();
        services.AddSingleton<ConstantTimeSignIn>();
        services.ConfigureApplicationCookie(o => o.Events.OnValidatePrincipal = SessionStamp.ValidateAsync);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(Policy, context =>
            {
                // Only the sign-in post is counted; reading the page is not an attempt.
                if (!HttpMethods.IsPost(context.Request.Method))
                    return RateLimitPartition.GetNoLimiter("read");
                var settings = context.RequestServices.GetRequiredService<SignInSettings>();
                return RateLimitPartition.GetSlidingWindowLimiter(ClientAddress(context), _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = settings.PerIpPermits,
                    Window = settings.PerIpWindow,
                    SegmentsPerWindow = 6,
                    QueueLimit = 0,
                });
            });
            o.OnRejected = async (rejected, token) =>
            {
                var response = rejected.HttpContext.Response;
                var settings = rejected.HttpContext.RequestServices.GetRequiredService<SignInSettings>();
                response.Headers.RetryAfter = ((int)Math.Ceiling(settings.PerIpWindow.TotalSeconds / 6)).ToString(CultureInfo.InvariantCulture);
                response.ContentType = "text/plain; charset=utf-8";
                await response.WriteAsync(Messages.SignInTooManyFromHere, token);
            };
        });
        return services;
    }

    public static WebApplication UseSignInProtection(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    /// <summary>The client's address as the server sees it (after forwarded headers from configured proxies).</summary>
    public static string ClientAddress(HttpContext context) => context.Connection.RemoteIpAddress?.ToString() ?? "?";
}

/// <summary>
/// An unknown user name costs what a real one costs: the password is checked against a hash of the same kind (made
/// once, by the same hasher and settings), so the answer's time says nothing about whether the name exists.
/// </summary>
public sealed class ConstantTimeSignIn(IPasswordHasher<WebUser> hasher)
{
    private readonly WebUser _nobody = new() { UserName = "\u0000", OrganizationCode = "", DisplayName = "" };
    private readonly Lazy<string> _hash = new(() => hasher.HashPassword(new WebUser { OrganizationCode = "", DisplayName = "" }, Guid.NewGuid().ToString("N")));

    public void SpendTimeOf(string password) => hasher.VerifyHashedPassword(_nobody, _hash.Value, password);
}
