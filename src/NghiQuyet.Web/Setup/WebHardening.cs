using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using NghiQuyet.Core;

namespace NghiQuyet.Web.Setup;

/// <summary>
/// Issue 12, defects 9 and 10: what every response says about itself, which peers may speak for the client, and the
/// page-handler convention. Kept out of <c>Program.cs</c> and <see cref="Services"/> (two calls there).
/// </summary>
public static class WebHardening
{
    /// <summary>
    /// Only the site's own files: no inline script or style, no plugins, no framing, forms post only here. The pages
    /// need nothing more (charts are inline SVG drawn on the server; the one script is wwwroot/js/upload.js).
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'; object-src 'none'";

    /// <summary>One year: the deployment guide's nginx serves the site over HTTPS only.</summary>
    public const string StrictTransportSecurity = "max-age=31536000";

    /// <summary>The configuration key (<c>--proxies</c>, NGHIQUYET_PROXIES) listing the reverse proxies to believe.</summary>
    public const string ProxiesKey = "proxies";

    public static void AddWebHardening(this IServiceCollection services)
    {
        // "Server: Kestrel" tells an attacker what to try; nothing else needs it.
        services.Configure<KestrelServerOptions>(o => o.AddServerHeader = false);
        // Read from the final configuration (command line, NGHIQUYET_PROXIES, a test host's settings).
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((o, configuration) =>
        {
            var (proxies, networks) = TrustedProxies(configuration[ProxiesKey]);
            // Client address and scheme only (the Host header is not taken from a proxy: links are relative anyway).
            // Nobody is believed by default: with no proxy named the headers are ignored altogether (the middleware
            // would believe every peer when both lists are empty).
            o.ForwardedHeaders = proxies.Count + networks.Count > 0 ? ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto : ForwardedHeaders.None;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var p in proxies)
                o.KnownProxies.Add(p);
            foreach (var n in networks)
                o.KnownIPNetworks.Add(n);
            // Walk back through every listed proxy in a chain, stopping at the first address not listed.
            o.ForwardLimit = null;
        });
        services.Configure<MvcOptions>(o => o.Filters.Add(new HandlerConvention()));
        services.AddStoreHealth();
    }

    /// <summary>
    /// First in the pipeline: the scheme and client address are settled before anything reads them. False (with the
    /// message on stderr) when <c>--proxies</c> cannot be read: the site does not start half-configured.
    /// </summary>
    public static bool UseWebHardening(this WebApplication app)
    {
        try
        {
            _ = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ForwardedHeadersOptions>>().Value;
        }
        catch (FormatException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return false;
        }
        app.UseForwardedHeaders();
        app.Use((context, next) =>
        {
            // Set as the response starts, so that error pages (whose handler clears the headers), static files and
            // downloads carry them too.
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                // The anti-forgery system would send SAMEORIGIN on pages with forms; nothing here is meant to be framed.
                headers.XFrameOptions = "DENY";
                headers.Remove("Server");
                // Over plain HTTP the header means nothing and must not be sent (RFC 6797 §7.2); behind the TLS proxy
                // (X-Forwarded-Proto from a listed proxy) every response is HTTPS and carries it.
                if (context.Request.IsHttps)
                    headers.StrictTransportSecurity = StrictTransportSecurity;
                return Task.CompletedTask;
            });
            return next(context);
        });
        return true;
    }

    /// <summary>"127.0.0.1, ::1 10.0.0.0/8": addresses and networks, separated by commas or spaces.</summary>
    public static (List<IPAddress> Proxies, List<System.Net.IPNetwork> Networks) TrustedProxies(string? setting)
    {
        var proxies = new List<IPAddress>();
        var networks = new List<System.Net.IPNetwork>();
        foreach (var entry in (setting ?? "").Split([',', ' ', ';'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network))
                networks.Add(network);
            else if (IPAddress.TryParse(entry, out var address))
                proxies.Add(address);
            else
                throw new FormatException(string.Format(Messages.ProxyInvalid, entry));
        }
        return (proxies, networks);
    }
}
