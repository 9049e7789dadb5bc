using CaseTracker.Api.Infrastructure;

namespace CaseTracker.Api.Security;

/// <summary>The problem details this folder answers with; types are stable, clients may branch on them.</summary>
public static class SecurityProblems
{
    public static IResult Unauthenticated(string detail) => Problems.Problem(StatusCodes.Status401Unauthorized, "unauthenticated",
        "An API key is required.", detail);

    public static IResult Forbidden(Role? have, Role need) => Problems.Problem(StatusCodes.Status403Forbidden, "forbidden",
        "Your key's role does not allow this.", $"This needs the {need.Name()} role; your key has {have?.Name() ?? "no"} role.",
        new Dictionary<string, object?> { ["requiredRole"] = need.Name() });

    public static IResult RateLimited(int retryAfterSeconds) => Problems.Problem(StatusCodes.Status429TooManyRequests, "rate-limited",
        "Too many requests.", $"Slow down: retry after {retryAfterSeconds} seconds.",
        new Dictionary<string, object?> { ["retryAfter"] = retryAfterSeconds });

    public static IResult Timeout(int seconds) => Problems.Problem(StatusCodes.Status504GatewayTimeout, "timeout",
        "The request took too long.", $"Requests are stopped after {seconds} seconds; nothing was written unless the answer says so. Retry later.");

    public static IResult BadIdempotencyKey() => Problems.BadRequest("bad_idempotency_key",
        "Idempotency-Key must be 1 to 255 visible ASCII characters.", "Idempotency-Key");

    public static IResult IdempotencyKeyReused() => Problems.Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
        "This Idempotency-Key was used for another request.", "The key was first sent with a different body; use a new key for a new request.");

    public static IResult IdempotencyKeyInFlight(int retryAfterSeconds) => Problems.Problem(StatusCodes.Status409Conflict, "idempotency-key-in-flight",
        "A request with this Idempotency-Key is still running.", $"Retry after {retryAfterSeconds} seconds, once the first request has answered.",
        new Dictionary<string, object?> { ["retryAfter"] = retryAfterSeconds });

    public static IResult IdempotencyAnswerLost() => Problems.Problem(StatusCodes.Status409Conflict, "idempotency-answer-lost",
        "The request with this Idempotency-Key was carried out, but its answer was lost.",
        "The node that ran it stopped before it could answer; it is not run again. Read the resource to see its result.");
}
