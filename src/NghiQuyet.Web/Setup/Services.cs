using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.EntityFrameworkCore;
using NghiQuyet.Core;
using NghiQuyet.Core.Catalog;
using NghiQuyet.Core.Evaluation;
using NghiQuyet.Core.Time;
using NghiQuyet.Data;
using NghiQuyet.Data.Storage;
using NghiQuyet.Data.Units;
using NghiQuyet.Web.Access;
using NghiQuyet.Web.Backup;
using NghiQuyet.Web.Demo;
using NghiQuyet.Web.Identity;
using NghiQuyet.Web.Imports;
using NghiQuyet.Web.Dashboard;
using NghiQuyet.Web.Shared;
using NghiQuyet.Web.Compare;
using NghiQuyet.Web.Search;

namespace NghiQuyet.Web.Setup;

public static class Services
{
    public static readonly CultureInfo Vietnamese = CultureInfo.GetCultureInfo("vi-VN");

    public static void AddNghiQuyet(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        // Vietnamese letters written as themselves, not as &#x1EBF; entities: pages a third the size on a slow link.
        services.AddWebEncoders(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new VietnamClock(sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<ICurrentUser, HttpCurrentUser>();
        services.AddSingleton(sp =>
        {
            var connection = StoreConnection.From(sp.GetRequiredService<IConfiguration>(), sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>());
            return connection.Success ? connection.Value : throw new StoreUnavailableException(connection.Error);
        });
        services.AddScoped(sp => sp.GetRequiredService<StoreConnection>().CreateStore());
        services.AddScoped(sp => sp.GetRequiredService<StoreConnection>().CreateIdentity());
        // The catalog the CLI uses too ($NGHIQUYET_CATALOG over the built-in one), so the site and `evaluate` agree.
        services.AddSingleton(_ =>
        {
            var catalog = CatalogFiles.Load(null);
            return catalog.Success ? catalog.Value : throw new CatalogUnavailableException(catalog.Error);
        });
        // One matcher for the process: building its index and remembering matches is done once, for every page.
        services.AddSingleton(sp => new IndicatorMatcher(sp.GetRequiredService<IndicatorCatalog>()));
        services.AddSingleton(sp => new OrganizationEvaluator(sp.GetRequiredService<IndicatorCatalog>(), sp.GetRequiredService<VietnamClock>(),
            matcher: sp.GetRequiredService<IndicatorMatcher>()));
        services.AddScoped<ProgressService>();
        services.AddScoped<SearchService>();
        services.AddScoped<CompareService>();
        services.AddScoped<UnitAccess>();
        services.AddScoped<DemoSeeder>();
        services.AddScoped(sp => new ImportService(sp.GetRequiredService<NghiQuyetDbContext>(), UnitsData.Registry, sp.GetRequiredService<ICurrentUser>(), sp.GetRequiredService<TimeProvider>()));
        services.AddScoped<DraftService>();
        services.AddScoped<FiguresWorkflow>();
        services.AddScoped<SourceTexts>();
        services.AddSingleton<Ingest.Ocr.IOcrEngine>(Ingest.Ocr.TesseractOcrEngine.Instance);
        // Scans are read in the background, within limits, a few at a time (issue 12, defect 1).
        services.AddSingleton(sp => Imports.OcrSettings.From(sp.GetRequiredService<IConfiguration>()));
        services.AddSingleton<Imports.ImportJobQueue>();
        services.AddSingleton<Imports.ImportJobRunner>();
        services.AddScoped<ImportJobService>();
        services.AddHostedService<Imports.ImportJobWorker>();
        services.AddScheduledBackup();

        services.AddIdentity<WebUser, IdentityRole>(IdentityRules.Configure)
            .AddEntityFrameworkStores<WebIdentityDbContext>()
            .AddClaimsPrincipalFactory<OrganizationClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.LoginPath = "/Account/Login";
            o.LogoutPath = "/Account/Logout";
            o.AccessDeniedPath = "/Account/AccessDenied";
            o.Cookie.Name = "nq.auth";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.ExpireTimeSpan = TimeSpan.FromHours(8);
            o.SlidingExpiration = true;
            // A refused request answers 403 (rendered by the status page) instead of a redirect that hides the refusal.
            o.Events.OnRedirectToAccessDenied = ctx =>
            {
                ctx.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        services.AddSignInProtection();
        services.AddSingleton<IAuthorizationHandler, UnitAccessHandler>();
        services.AddAuthorization(o => o.FallbackPolicy = new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
        services.AddRazorPages(o =>
        {
            o.Conventions.AllowAnonymousToPage("/Account/Login");
            o.Conventions.AllowAnonymousToPage("/Account/AccessDenied");
            o.Conventions.AllowAnonymousToPage("/Status");
        });
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "nq.af";
            // Secure whenever the request is HTTPS (directly or through a listed TLS proxy); the default never is.
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });
        // Issue 19: pages and files Brotli/gzip-compressed, HTTPS included. Safe against BREACH because no compressed
        // body carries a secret that repeats across responses next to something an attacker can echo: the anti-forgery
        // token is masked afresh per response, the auth cookie never enters a body; /Account/Password stays uncompressed
        // (see UseNghiQuyet and the README's "Compression and BREACH").
        services.AddResponseCompression(o =>
        {
            o.EnableForHttps = true;
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProvider>();
            o.Providers.Add<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProvider>();
            o.MimeTypes = Microsoft.AspNetCore.ResponseCompression.ResponseCompressionDefaults.MimeTypes.Concat(["image/svg+xml", "text/csv"]);
        });
        services.Configure<Microsoft.AspNetCore.ResponseCompression.BrotliCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
        services.Configure<Microsoft.AspNetCore.ResponseCompression.GzipCompressionProviderOptions>(o => o.Level = System.IO.Compression.CompressionLevel.Optimal);
    }

    /// <summary>Pages whose bodies are never compressed: forms that carry passwords (BREACH, issue 19).</summary>
    internal static readonly PathString[] Uncompressed = [new("/Account/Password")];

    /// <summary>A year: files whose URL carries their content hash (asp-append-version's ?v=) never change under it.</summary>
    internal const string FingerprintedCacheControl = "public, max-age=31536000, immutable";

    public static void UseNghiQuyet(this WebApplication app)
    {
        CultureInfo.DefaultThreadCurrentCulture = Vietnamese;
        CultureInfo.DefaultThreadCurrentUICulture = Vietnamese;
        // Before compression: a page on the list is answered as if the browser accepted no encoding.
        app.Use((context, next) =>
        {
            if (Uncompressed.Any(p => context.Request.Path.StartsWithSegments(p, StringComparison.OrdinalIgnoreCase)))
                context.Request.Headers.AcceptEncoding = default;
            return next(context);
        });
        // First of UseNghiQuyet (after WebHardening, whose headers are set as the response starts): it wraps error
        // pages, static files and pages alike.
        app.UseResponseCompression();
        if (!app.Environment.IsDevelopment())
            app.UseExceptionHandler(new ExceptionHandlerOptions
            {
                ExceptionHandlingPath = "/Status/500",
                // The database gone (PostgreSQL stopped, SQLite locked) is "try again later", not a bug: 503 and its own page.
                StatusCodeSelector = ex => DbErrors.IsUnavailable(ex) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError,
            });
        app.UseStatusCodePagesWithReExecute("/Status/{0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Vietnamese),
            SupportedCultures = [Vietnamese],
            SupportedUICultures = [Vietnamese],
        });
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = ctx =>
            {
                // Only a fingerprinted URL (?v=hash from asp-append-version) may be cached for long; the plain URL
                // keeps the default revalidation so a deploy is seen at once.
                if (ctx.Context.Request.Query.ContainsKey("v"))
                    ctx.Context.Response.Headers.CacheControl = FingerprintedCacheControl;
            },
        });
        app.UseRouting();
        app.UseSignInProtection();
        app.UseAuthentication();
        app.UseSessionCheck();
        app.UseAuthorization();
        app.MapRazorPages();
    }

    /// <summary>Creates or migrates both schemas, seeds the demo when asked, prints the demo accounts.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        StoreConnection connection;
        try
        {
            connection = app.Services.GetRequiredService<StoreConnection>();
            // Bad Backup:* settings are said in one line before anything starts, not as a hosted service's stack trace.
            app.Services.GetRequiredService<ScheduledBackupSettings>();
            // So is a missing or broken $NGHIQUYET_CATALOG, before the first page needs it.
            app.Services.GetRequiredService<IndicatorCatalog>();
        }
        catch (Exception ex) when (ex is StoreUnavailableException or CatalogUnavailableException or InvalidOperationException)
        {
            Console.Error.WriteLine(ex.Message);
            return false;
        }
        using (var store = connection.CreateStore())
        {
            try
            {
                if ((await store.Database.GetPendingMigrationsAsync()).Any())
                    await store.Database.MigrateAsync();
            }
            catch (Exception ex) when (DbErrors.Describe(ex, store) is { } message)
            {
                Console.Error.WriteLine(string.Format(Messages.WebDbInvalid, message));
                return false;
            }
        }
        using (var identity = connection.CreateIdentity())
            await identity.Database.MigrateAsync();

        Console.WriteLine(string.Format(Messages.WebStartedWithDb, connection.Description));
        // --demo-scale full: the benchmark's data (every unit with 40 targets and six years of figures); implies --demo.
        var full = string.Equals(app.Configuration["demo-scale"], "full", StringComparison.OrdinalIgnoreCase);
        if (!connection.Demo && !full)
            return true;
        using var scope = app.Services.CreateScope();
        var accounts = await scope.ServiceProvider.GetRequiredService<DemoSeeder>().SeedAsync(full ? DemoScale.Full : DemoScale.Standard);
        Console.WriteLine(full
            ? string.Format(Messages.DemoSeededFull, DemoSeeder.AllUnitCodes.Count, DemoResolution.FullTargets.Count, DemoSeeder.FirstYear, DemoSeeder.LastYear)
            : string.Format(Messages.DemoSeeded, DemoSeeder.CommunesWithResolutions, DemoSeeder.FirstYear, DemoSeeder.LastYear));
        Console.WriteLine(string.Format(Messages.DemoAccounts, DemoSeeder.Password));
        foreach (var a in accounts)
            Console.WriteLine($"  {a.UserName,-14} {Roles.Describe(a.Role),-22} {a.OrganizationName} ({a.OrganizationCode})");
        return true;
    }
}

public sealed class StoreUnavailableException(string message) : Exception(message);

public sealed class CatalogUnavailableException(string message) : Exception(message);
