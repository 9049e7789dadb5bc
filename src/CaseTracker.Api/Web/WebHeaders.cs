namespace CaseTracker.Api.Web;

/// <summary>
/// The pages' Content-Security-Policy: scripts and styles only from this site (no inline script),
/// forms only to this site, never framed. It replaces the API's "allow nothing" policy on page
/// answers. Response.OnStarting callbacks run last-registered first, so this middleware is placed
/// before the API's SecurityHeaders and its callback runs after (and wins).
/// </summary>
public sealed class WebHeaders(RequestDelegate next)
{
    public const string PagePolicy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; " +
        "form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    public Task InvokeAsync(HttpContext http)
    {
        if (!WebSetup.IsApiPath(http.Request.Path))
            http.Response.OnStarting(() =>
            {
                http.Response.Headers.ContentSecurityPolicy = PagePolicy;
                http.Response.Headers.XFrameOptions = "DENY";
                http.Response.Headers.XContentTypeOptions = "nosniff";
                return Task.CompletedTask;
            });
        return next(http);
    }
}
