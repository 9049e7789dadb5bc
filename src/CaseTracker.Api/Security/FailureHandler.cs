using System.Net.Sockets;
using CaseTracker.Api.Infrastructure;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CaseTracker.Api.Security;

/// <summary>
/// The last word on a request that threw. The database out of reach (refused, reset, timed out,
/// shutting down) is a 503 with Retry-After (Outage:RetryAfterSeconds): the client may retry,
/// nothing was acknowledged. Anything else is a 500 naming only the correlation id. Either way the
/// log gets one line: correlation id, method, route and the exception's type (and SQLSTATE), never
/// its message or stack, since those carry SQL, event JSON and the user's text.
/// </summary>
public sealed class FailureHandler(ILogger<FailureHandler> logger, IConfiguration configuration) : IExceptionHandler
{
    private readonly int _retryAfter = configuration.GetValue<int?>("Outage:RetryAfterSeconds") ?? 5;

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var id = CorrelationId.Of(http);
        var unavailable = IsDatabaseUnavailable(exception);
        var root = Innermost(exception);
        logger.LogError("Request {CorrelationId} {Method} {Path} failed: {Exception}{SqlState}{Outage}", id, http.Request.Method,
            (http.GetEndpoint() as RouteEndpoint)?.RoutePattern.RawText ?? "(no route)", root.GetType().Name,
            root is PostgresException pg ? $" (SQLSTATE {pg.SqlState})" : "", unavailable ? " - database unavailable" : "");

        if (unavailable)
        {
            http.Response.Headers.RetryAfter = _retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
            await Problems.Problem(StatusCodes.Status503ServiceUnavailable, "database_unavailable", "The service is briefly unavailable.",
                $"The database cannot be reached; nothing was recorded by this request. Retry after {_retryAfter} seconds.",
                new Dictionary<string, object?> { ["retryAfter"] = _retryAfter, ["correlationId"] = id }).ExecuteAsync(http);
            return true;
        }
        await Problems.Problem(StatusCodes.Status500InternalServerError, "internal", "Something went wrong on our side.",
            $"The failure is logged under correlation id {id}.", new Dictionary<string, object?> { ["correlationId"] = id }).ExecuteAsync(http);
        return true;
    }

    /// <summary>True when the exception says the database could not be reached or went away, not that it refused the statement.</summary>
    public static bool IsDatabaseUnavailable(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                case SocketException or TimeoutException or EndOfStreamException:
                case PostgresException { SqlState: "57P01" or "57P02" or "57P03" or "53300" }:
                case PostgresException pg when pg.SqlState.StartsWith("08", StringComparison.Ordinal):
                case NpgsqlException { IsTransient: true } and not PostgresException:
                case NpgsqlException when e.InnerException is IOException or SocketException:
                    return true;
            }
        }
        return false;
    }

    private static Exception Innermost(Exception exception)
    {
        var e = exception;
        while (e.InnerException is not null && e is not PostgresException) e = e.InnerException;
        return e;
    }
}
