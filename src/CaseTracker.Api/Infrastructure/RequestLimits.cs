using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// Refuses bodies over Limits:MaxBodyBytes before anything reads them (413 problem details), and
/// URLs (path and query) over Limits:MaxUrlChars (414 problem details), on any server: Kestrel and
/// the test host alike. Kestrel's own request-line limit is set well above the URL limit, so that
/// an over-long URL reaches this check and gets a body saying what was wrong.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBodyBytes = configuration.GetValue<long?>("Limits:MaxBodyBytes") ?? 1_048_576;
    private readonly int _maxUrlChars = MaxUrlChars(configuration);

    public static int MaxUrlChars(IConfiguration configuration) => configuration.GetValue<int?>("Limits:MaxUrlChars") ?? 8_192;

    public async Task InvokeAsync(HttpContext http)
    {
        if ((http.Request.Path.Value?.Length ?? 0) + (http.Request.QueryString.Value?.Length ?? 0) > _maxUrlChars)
        {
            await Problems.Problem(StatusCodes.Status414RequestUriTooLong, "uri_too_long", "The URL is too long.",
                $"Path and query are limited to {_maxUrlChars} characters.").ExecuteAsync(http);
            return;
        }
        if (http.Request.ContentLength > _maxBodyBytes)
        {
            await TooLarge(_maxBodyBytes).ExecuteAsync(http);
            return;
        }
        // Bodies without a length (chunked) are cut off by the server while they are read.
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } feature)
            feature.MaxRequestBodySize = _maxBodyBytes;
        await next(http);
    }

    public static IResult TooLarge(long max) => Problems.Problem(StatusCodes.Status413PayloadTooLarge, "body_too_large",
        "The request body is too large.", $"Bodies are limited to {max} bytes.");
}

/// <summary>
/// Turns what a client did wrong (a body cut off, a bad header) into its 4xx; anything else is
/// a 500 without details, since details could leak internals.
/// </summary>
public sealed class ClientErrorHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not BadHttpRequestException bad) return false;
        var result = bad.StatusCode == StatusCodes.Status413PayloadTooLarge
            ? RequestLimits.TooLarge(http.Features.Get<IHttpMaxRequestBodySizeFeature>()?.MaxRequestBodySize ?? 0)
            : Problems.Problem(bad.StatusCode, "bad_request", "The request is malformed.", Describe(bad));
        await result.ExecuteAsync(http);
        return true;
    }

    /// <summary>What was wrong, in the client's terms: the framework's messages name our .NET types.</summary>
    private static string Describe(BadHttpRequestException bad) => bad.InnerException switch
    {
        System.Text.Json.JsonException { Path: { Length: > 0 } path } => $"The body is not the JSON this request takes (at {path}).",
        System.Text.Json.JsonException => "The body is not the JSON this request takes.",
        _ when bad.StatusCode == StatusCodes.Status415UnsupportedMediaType => "The body must be JSON ('Content-Type: application/json').",
        _ => "The request could not be read.",
    };
}
