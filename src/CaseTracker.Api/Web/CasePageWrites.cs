using CaseTracker.Domain.Cases;
using JasperFx;
using Marten;

namespace CaseTracker.Api.Web;

/// <summary>What a page write came to: written (with the new version), nothing new, a conflict with someone else's change, or a refusal.</summary>
public sealed record PageWriteOutcome(bool Written, long Version, Guid? CreatedId = null, bool Conflict = false, string? Refusal = null, bool NotFound = false)
{
    public bool Failed => Conflict || Refusal is not null || NotFound;
}

/// <summary>
/// The pages' one way to write to a case, the same steps as the API's: load the case stream,
/// check the version the form carried, let the pure decision speak, append its events with that
/// version expected (a concurrent writer makes the append fail as a whole). Kept in one class so
/// it can later be pointed at the API's shared write path.
/// </summary>
public sealed class CasePageWrites(IDocumentSession session, IHttpContextAccessor accessor)
{
    public async Task<PageWriteOutcome> DecideAsync(Guid caseId, long formVersion, Func<Case, Decision> decide, Guid? createdId, CancellationToken ct)
    {
        var stream = await session.Events.FetchStreamAsync(caseId, token: ct);
        if (Case.From(stream.Select(e => e.Data)) is not { } state) return new PageWriteOutcome(false, 0, NotFound: true);
        var current = stream[^1].Version;
        if (formVersion != current) return new PageWriteOutcome(false, current, Conflict: true);

        var decision = decide(state);
        if (decision.Refusal is { } refusal) return new PageWriteOutcome(false, current, Refusal: refusal.Detail);
        if (decision.Events.Count == 0) return new PageWriteOutcome(false, current, decision.ExistingId);
        return await SaveAsync(caseId, current, current + decision.Events.Count, createdId, ct, (caseId, decision.Events));
    }

    /// <summary>Opens a case, or answers the open case this platform and subject already have (one open case per subject, as the API).</summary>
    public async Task<Guid> OpenAsync(string platform, string subjectName, Func<Guid, Decision> open, CancellationToken ct)
    {
        if (await Infrastructure.OpenCases.FindAsync(session, platform, subjectName, ct) is { } existing) return existing;
        var caseId = Guid.CreateVersion7();
        Stamp();
        session.Events.StartStream<Case>(caseId, open(caseId).Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (Infrastructure.OpenCases.IsDuplicate(e))
        {
            // Opened by someone else between the look and the write: that case is the one.
            await using var fresh = session.DocumentStore.QuerySession();
            return await Infrastructure.OpenCases.FindAsync(fresh, platform, subjectName, ct) ?? throw new InvalidOperationException("The open case vanished.", e);
        }
        return caseId;
    }

    /// <summary>Merges another case into this one, both guarded: this case by the form's version, the other by the version read now.</summary>
    public async Task<PageWriteOutcome> MergeAsync(Guid survivorId, long formVersion, Guid absorbedId, string rationale, CancellationToken ct)
    {
        var survivorEvents = await session.Events.FetchStreamAsync(survivorId, token: ct);
        var absorbedEvents = await session.Events.FetchStreamAsync(absorbedId, token: ct);
        if (Case.From(survivorEvents.Select(e => e.Data)) is not { } survivor) return new PageWriteOutcome(false, 0, NotFound: true);
        var current = survivorEvents[^1].Version;
        if (formVersion != current) return new PageWriteOutcome(false, current, Conflict: true);
        if (Case.From(absorbedEvents.Select(e => e.Data)) is not { } absorbed)
            return new PageWriteOutcome(false, current, Refusal: $"There is no case {absorbedId}.");

        var merge = CaseMerge.Decide(survivor, absorbed, absorbedEvents.Select(e => e.Data).ToList(), rationale);
        if (merge.Survivor.Refusal is { } refusal) return new PageWriteOutcome(false, current, Refusal: refusal.Detail);
        session.Events.Append(absorbedId, absorbedEvents[^1].Version + merge.Absorbed.Events.Count, merge.Absorbed.Events.ToArray());
        return await SaveAsync(survivorId, current, current + merge.Survivor.Events.Count, absorbedId, ct, (survivorId, merge.Survivor.Events));
    }

    private async Task<PageWriteOutcome> SaveAsync(Guid caseId, long current, long next, Guid? createdId, CancellationToken ct, (Guid Id, IReadOnlyList<object> Events) append)
    {
        Stamp();
        session.Events.Append(append.Id, next, append.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            return new PageWriteOutcome(false, current, Conflict: true);
        }
        return new PageWriteOutcome(true, next, createdId);
    }

    private void Stamp()
    {
        if (accessor.HttpContext is { } http) Security.Audit.Stamp(session, http);
    }
}
