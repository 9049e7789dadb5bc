using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Infrastructure;

/// <summary>The answer to every write on a case: its new version, whether anything changed, and the id of what was created.</summary>
public sealed record WriteResult(Guid CaseId, long Version, bool Changed, Guid? Id = null);

/// <summary>
/// The one path every case write takes, on Marten's aggregate workflow: FetchForWriting loads the
/// case's inline snapshot and its version in one query (no fold of the stream), the pure decision
/// speaks, and the events are appended guarded by the version read. A write that named its
/// expected version (If-Match or the body's version) gets 409 with the current version when the
/// case moved on. A write that named none asked for "append to whatever the case holds": when it
/// loses a race it is decided again under the stream's row lock (FetchForExclusiveWriting), so
/// concurrent unconditional writers queue in PostgreSQL instead of failing; bounded attempts.
/// </summary>
public static class CaseWrites
{
    public static async Task<IResult> Decide(
        IDocumentSession session, HttpContext http, Guid caseId, long? bodyVersion,
        Func<Case, Decision> decide, Guid? createdId = null, CancellationToken ct = default)
    {
        if (!ExpectedVersion.TryRead(http, bodyVersion, out var expected, out var badHeader)) return badHeader!;
        var attempts = expected is null ? UnconditionalAttempts(http) : 1;
        for (var attempt = 1; ; attempt++)
        {
            var stream = attempt == 1
                ? await session.Events.FetchForWriting<Case>(caseId, ct)
                : await session.Events.FetchForExclusiveWriting<Case>(caseId, ct);
            if (stream.Aggregate is not { } state) return Problems.CaseNotFound(caseId);
            var current = stream.CurrentVersion ?? 0;
            if (expected is { } wanted && wanted != current) return Problems.VersionConflict(caseId, wanted, current);

            var decision = decide(state);
            if (decision.Refusal is { } refusal) return Problems.Refused(refusal);
            if (decision.Events.Count == 0)
                return Answer(http, StatusCodes.Status200OK, new WriteResult(caseId, current, false, decision.ExistingId));

            Security.Audit.Stamp(session, http);
            stream.AppendMany(decision.Events.ToArray());
            try
            {
                await session.SaveChangesAsync(ct);
            }
            catch (ConcurrencyException) when (attempt < attempts)
            {
                session.EjectAllPendingChanges();
                continue;
            }
            catch (ConcurrencyException)
            {
                // Nothing of this write may reach the commit Wolverine applies after the endpoint.
                session.EjectAllPendingChanges();
                return Problems.VersionConflict(caseId, expected ?? current, await CurrentVersion(session, caseId, ct));
            }
            var status = createdId is null ? StatusCodes.Status200OK : StatusCodes.Status201Created;
            return Answer(http, status, new WriteResult(caseId, current + decision.Events.Count, true, createdId));
        }
    }

    /// <summary>The case's version as stored now, for a conflict that says what to read again.</summary>
    public static async Task<long> CurrentVersion(IQuerySession session, Guid caseId, CancellationToken ct) =>
        (await session.Events.FetchStreamStateAsync(caseId, ct))?.Version ?? 0;

    public static IResult Answer(HttpContext http, int status, WriteResult result)
    {
        http.Response.Headers.ETag = ExpectedVersion.ETag(result.Version);
        return Results.Json(result, Json.Options, statusCode: status);
    }

    private static int UnconditionalAttempts(HttpContext http) =>
        Math.Max(1, http.RequestServices.GetRequiredService<IConfiguration>().GetValue("Writes:UnconditionalAttempts", 3));
}
