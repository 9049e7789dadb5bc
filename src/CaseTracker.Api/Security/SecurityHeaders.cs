namespace CaseTracker.Api.Security;

/// <summary>
/// Headers that keep browsers from sniffing, framing or leaking referrers. API answers are data, so
/// their policy allows nothing; the reference page (/scalar) runs its own scripts and styles.
/// </summary>
public sealed class SecurityHeaders(RequestDelegate next)
{
    private const string ApiPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // Scalar inlines its configuration script and styles, loads fonts and images from data: URIs and calls this API.
    private const string ReferencePagePolicy = "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; " +
        "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net https://fonts.scalar.com; font-src 'self' data: https://fonts.scalar.com; " +
        "img-src 'self' data: https:; connect-src 'self'; worker-src 'self' blob:; frame-ancestors 'none'; base-uri 'self'; form-action 'self'";

    public Task InvokeAsync(HttpContext http)
    {
        // Set as the answer starts: the exception handler clears headers set earlier.
        http.Response.OnStarting(() =>
        {
            var headers = http.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers.ContentSecurityPolicy = http.Request.Path.StartsWithSegments("/scalar") ? ReferencePagePolicy : ApiPolicy;
            return Task.CompletedTask;
        });
        return next(http);
    }
}
