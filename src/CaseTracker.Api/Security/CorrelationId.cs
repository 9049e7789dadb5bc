namespace CaseTracker.Api.Security;

/// <summary>
/// Every request gets a correlation id: the client's X-Correlation-Id when it is well-formed
/// (at most 64 of A-Z a-z 0-9 . _ -, so it is safe in logs and headers), else a new one. It is the
/// request's trace identifier (logs carry it), is echoed in the response and stamped on events.
/// </summary>
public sealed class CorrelationId(RequestDelegate next)
{
    public const string Header = "X-Correlation-Id";
    private const string ItemKey = "casetracker.correlation-id";

    public Task InvokeAsync(HttpContext http)
    {
        var given = http.Request.Headers[Header].ToString();
        var id = IsWellFormed(given) ? given : Guid.CreateVersion7().ToString("N");
        http.Items[ItemKey] = id;
        http.TraceIdentifier = id;
        http.Response.OnStarting(() =>
        {
            http.Response.Headers[Header] = id;
            return Task.CompletedTask;
        });
        return next(http);
    }

    public static string Of(HttpContext http) => http.Items[ItemKey] as string ?? http.TraceIdentifier;

    public static bool IsWellFormed(string? id) =>
        id is { Length: > 0 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-');
}
