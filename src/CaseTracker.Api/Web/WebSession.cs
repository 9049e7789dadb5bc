using System.Security.Claims;
using CaseTracker.Api.Security;
using Marten;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace CaseTracker.Api.Web;

/// <summary>
/// The browser session: an API key given once on the sign-in page becomes an HttpOnly,
/// SameSite=Strict cookie carrying the key's principal and role (never the key itself). Every
/// request re-checks that the key is still active, so revoking a key ends its sessions.
/// </summary>
public static class WebSession
{
    public const string Scheme = "CaseTrackerWeb";
    public const string CookieName = "casetracker-session";

    public static void Configure(CookieAuthenticationOptions options, CookieSecurePolicy secure, IConfiguration configuration)
    {
        options.Cookie.Name = CookieName;
        options.Cookie.HttpOnly = true;
        options.Cookie.SameSite = SameSiteMode.Strict;
        options.Cookie.SecurePolicy = secure;
        options.ExpireTimeSpan = TimeSpan.FromHours(configuration.GetValue<double?>("Web:SessionHours") ?? 8);
        options.SlidingExpiration = true;
        options.LoginPath = "/signin";
        options.ReturnUrlParameter = "returnUrl";
        options.Events.OnValidatePrincipal = ValidateAsync;
        // An API read sent with only the cookie answers like the API does, not with a redirect.
        options.Events.OnRedirectToLogin = context => Answer(context, StatusCodes.Status401Unauthorized);
        // A role too low for a page is a plain 403, not a trip to another page.
        options.Events.OnRedirectToAccessDenied = context =>
        {
            context.Response.StatusCode = StatusCodes.Status403Forbidden;
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// Which scheme authenticates a request without an Authorization header: the cookie for pages
    /// asked for by a browser (or sent with the session cookie), and for API reads sent with the
    /// session cookie (links to exports and raw events). API writes never take the cookie, so a
    /// cross-site form cannot write through it; other clients get the API's answers everywhere.
    /// </summary>
    public static string? Forward(HttpContext http)
    {
        if (http.Request.Headers.Authorization.Count > 0) return null;
        var path = http.Request.Path;
        var hasSession = http.Request.Cookies.ContainsKey(CookieName);
        if (!WebSetup.IsApiPath(path)) return hasSession || IsBrowser(http.Request) ? Scheme : null;
        var read = HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method);
        return read && path.StartsWithSegments("/api") && hasSession ? Scheme : null;
    }

    /// <summary>Browsers ask for HTML when they navigate or post a form.</summary>
    public static bool IsBrowser(HttpRequest request) =>
        request.Headers.Accept.Any(a => a?.Contains("text/html", StringComparison.OrdinalIgnoreCase) == true);

    public static ClaimsPrincipal Principal(ApiKey key) => new(new ClaimsIdentity(
        [
            new Claim(ClaimTypes.Name, key.Principal), new Claim(ClaimTypes.Role, key.Role.Name()),
            new Claim(ApiKeyAuthentication.KeyIdClaim, key.Id.ToString()),
        ], Scheme, ClaimTypes.Name, ClaimTypes.Role));

    private static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var id = context.Principal?.FindFirstValue(ApiKeyAuthentication.KeyIdClaim);
        if (!Guid.TryParse(id, out var keyId))
        {
            context.RejectPrincipal();
            return;
        }
        await using var session = context.HttpContext.RequestServices.GetRequiredService<IDocumentStore>().QuerySession();
        var key = await session.LoadAsync<ApiKey>(keyId, context.HttpContext.RequestAborted);
        if (key is not { IsActive: true })
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
        }
        else if (key.Role.Name() != context.Principal!.FindFirstValue(ClaimTypes.Role))
        {
            context.ReplacePrincipal(Principal(key));
            context.ShouldRenew = true;
        }
    }

    private static Task Answer(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (WebSetup.IsApiPath(context.Request.Path))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        context.Response.Redirect(context.RedirectUri);
        return Task.CompletedTask;
    }
}
