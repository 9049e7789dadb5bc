using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Infrastructure;

/// <summary>The answer to every write on a case: its new version, whether anything changed, and the id of what was created.</summary>
public sealed record WriteResult(Guid CaseId, long Version, bool Changed, Guid? Id = null);

/// <summary>
/// The one path every case write takes: read the stream, check the expected version, let the
/// pure decision speak, append its events guarded by the version read, answer with the new
/// version as ETag. Nothing is written unless the decision accepts.
/// </summary>
public static class CaseWrites
{
    public static async Task<IResult> Decide(
        IDocumentSession session, HttpContext http, Guid caseId, long? bodyVersion,
        Func<Case, Decision> decide, Guid? createdId = null, CancellationToken ct = default)
    {
        if (!ExpectedVersion.TryRead(http, bodyVersion, out var expected, out var badHeader)) return badHeader!;

        var stream = await session.Events.FetchStreamAsync(caseId, token: ct);
        var state = Case.From(stream.Select(e => e.Data));
        if (state is null) return Problems.CaseNotFound(caseId);
        var current = stream[^1].Version;
        if (expected is { } wanted && wanted != current) return Problems.VersionConflict(caseId, wanted, current);

        var decision = decide(state);
        if (decision.Refusal is { } refusal) return Problems.Refused(refusal);
        if (decision.Events.Count == 0)
            return Answer(http, StatusCodes.Status200OK, new WriteResult(caseId, current, false, decision.ExistingId));

        // The append carries the version the decision saw: a concurrent writer makes it fail as a whole.
        Security.Audit.Stamp(session, http);
        session.Events.Append(caseId, current + decision.Events.Count, decision.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return Problems.ConcurrentWrite(caseId);
        }
        var status = createdId is null ? StatusCodes.Status200OK : StatusCodes.Status201Created;
        return Answer(http, status, new WriteResult(caseId, current + decision.Events.Count, true, createdId));
    }

    public static IResult Answer(HttpContext http, int status, WriteResult result)
    {
        http.Response.Headers.ETag = ExpectedVersion.ETag(result.Version);
        return Results.Json(result, Json.Options, statusCode: status);
    }
}
