using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// Refuses bodies over Limits:MaxBodyBytes before anything reads them (413 problem details), on
/// any server: Kestrel and the test host alike.
/// </summary>
public sealed class RequestLimits(RequestDelegate next, IConfiguration configuration)
{
    private readonly long _maxBodyBytes = configuration.GetValue<long?>("Limits:MaxBodyBytes") ?? 1_048_576;

    public async Task InvokeAsync(HttpContext http)
    {
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
            : Problems.Problem(bad.StatusCode, "bad_request", "The request is malformed.", bad.Message);
        await result.ExecuteAsync(http);
        return true;
    }
}
