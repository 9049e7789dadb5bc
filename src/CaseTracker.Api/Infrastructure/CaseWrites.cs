using CaseTracker.Domain.Cases;
using Marten;
using JasperFx.Events;

namespace CaseTracker.Api.Infrastructure;

/// <summary>The answer to every write on a case: its new version, whether anything changed, and the id of what was created.</summary>
public sealed record WriteResult(Guid CaseId, long Version, bool Changed, Guid? Id = null);

/// <summary>
/// The one path every write on an existing case takes, on Wolverine's aggregate handler workflow: the
/// endpoint's [WriteAggregate] stream is the case's inline snapshot with its version, read in one query
/// (no fold of the stream) under the stream's row lock (ConcurrencyStyle.Exclusive), so concurrent
/// writers to one case queue in PostgreSQL and a write that named no version always lands; one that
/// named its expected version (If-Match or the body's version) gets 409 with the current version when
/// the case moved on. Wolverine commits after the endpoint (AutoApplyTransactions).
/// </summary>
public static class CaseWrites
{
    /// <summary>Checks the expected version, lets the pure decision speak and appends its events to the stream.</summary>
    public static IResult Decide(IEventStream<Case> stream, IDocumentSession session, HttpContext http, long? bodyVersion,
        Func<Case, Decision> decide, Guid? createdId = null)
    {
        if (!ExpectedVersion.TryRead(http, bodyVersion, out var expected, out var badHeader)) return badHeader!;
        if (stream.Aggregate is not { } state) return Problems.CaseNotFound(stream.Id);
        var current = stream.CurrentVersion ?? 0;
        if (expected is { } wanted && wanted != current) return Problems.VersionConflict(stream.Id, wanted, current);

        var decision = decide(state);
        if (decision.Refusal is { } refusal) return Problems.Refused(refusal);
        if (decision.Events.Count == 0)
            return Answer(http, StatusCodes.Status200OK, new WriteResult(stream.Id, current, false, decision.ExistingId));

        Security.Audit.Stamp(session, http);
        stream.AppendMany(decision.Events.ToArray());
        var status = createdId is null ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        return Answer(http, status, new WriteResult(stream.Id, current + decision.Events.Count, true, createdId));
    }

    public static IResult Answer(HttpContext http, int status, WriteResult result)
    {
        http.Response.Headers.ETag = ExpectedVersion.ETag(result.Version);
        return Results.Json(result, Json.Options, statusCode: status);
    }
}
