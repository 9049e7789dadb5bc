using System.Globalization;
using CaseTracker.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Localization;

namespace CaseTracker.Api.Web;

/// <summary>
/// The web pages served beside the API: Razor Pages under Web/Pages, a session cookie obtained by
/// signing in with an API key, anti-forgery on every form, English and French.
/// </summary>
public static class WebSetup
{
    public static WebApplicationBuilder AddCaseTrackerWeb(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        // Cookies are always Secure where the API insists on HTTPS (by default everywhere but development and
        // tests); where it is served as plain HTTP on purpose (Security:HttpsRedirect=false), Secure when the request is.
        var secure = builder.Configuration.GetValue<bool?>("Web:SecureCookies")
            ?? builder.Configuration.GetValue<bool?>("Security:HttpsRedirect")
            ?? !(builder.Environment.IsDevelopment() || builder.Environment.IsEnvironment("Testing"));
        var cookiePolicy = secure ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;

        services.AddRazorPages(options => options.RootDirectory = "/Web/Pages");
        services.AddAntiforgery(options =>
        {
            options.Cookie.Name = "casetracker-af";
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.Cookie.SecurePolicy = cookiePolicy;
        });
        services.AddAuthentication().AddCookie(WebSession.Scheme, options => WebSession.Configure(options, cookiePolicy, builder.Configuration));
        // The API's key scheme stays the default; requests without a key header are handed to the cookie (see WebSession.Forward).
        services.PostConfigure<AuthenticationSchemeOptions>(ApiKeyAuthentication.SchemeName, options => options.ForwardDefaultSelector = WebSession.Forward);
        services.Configure<RequestLocalizationOptions>(options =>
        {
            CultureInfo[] cultures = [new("en"), new("fr")];
            options.DefaultRequestCulture = new RequestCulture("en");
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            options.RequestCultureProviders.Insert(0, new QueryStringRequestCultureProvider { QueryStringKey = "lang", UIQueryStringKey = "lang" });
        });
        services.AddSingleton<Microsoft.AspNetCore.Authorization.IAuthorizationHandler, PublicPageHandler>();
        services.AddScoped<CasePageWrites>();
        return builder;
    }

    /// <summary>Before the API's security middleware: the page headers must be set after its own (see WebHeaders).</summary>
    public static WebApplication UseCaseTrackerWeb(this WebApplication app)
    {
        app.UseMiddleware<WebHeaders>();
        app.UseMiddleware<WebAssets>();
        app.UseRequestLocalization();
        return app;
    }

    public static WebApplication MapCaseTrackerWeb(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }

    /// <summary>Paths that belong to the API rather than to the pages.</summary>
    public static bool IsApiPath(PathString path) =>
        path.StartsWithSegments("/api") || path.StartsWithSegments("/scalar") || path.StartsWithSegments("/openapi") || path.StartsWithSegments("/health");
}
