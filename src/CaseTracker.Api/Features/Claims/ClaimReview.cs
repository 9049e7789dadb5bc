using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using JasperFx;
using Marten;
using System.Text.Json.Serialization;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Claims;

/// <summary>The outcome of accepting a claim: where it landed, or the problem that stopped it.</summary>
public sealed record AcceptOutcome([property: JsonIgnore] IResult? Problem, Guid ClaimId, Guid CaseId, Guid ActionId, bool Corroborated, bool NewCase, long CaseVersion, bool Disputed = false);

/// <summary>
/// Accepting and rejecting claims, shared by the endpoints, auto-accept and the demo command.
/// One transaction appends to both streams: the case's new action (or corroboration) and
/// reasons, and the source's ClaimAccepted; either both land or neither does.
/// </summary>
public sealed class ClaimReview(IDocumentStore store, IConfiguration configuration)
{
    /// <summary>Claims at or above this confidence are accepted on ingestion; unset (the default) means never.</summary>
    public double? AutoAcceptThreshold => configuration.GetValue<double?>("Review:AutoAcceptThreshold");

    /// <summary>The claims of an extraction confident enough to be accepted on ingestion (none when no threshold is set).</summary>
    public IReadOnlyList<Guid> ConfidentClaims(ClaimsExtracted extracted) =>
        AutoAcceptThreshold is { } threshold ? extracted.Claims.Where(c => c.Confidence >= threshold).Select(c => c.ClaimId).ToList() : [];

    /// <summary>Accepts each claim in its own session (see AutoAcceptClaims, which the API publishes).</summary>
    public async Task AutoAcceptAsync(IEnumerable<Guid> claimIds, CancellationToken ct)
    {
        foreach (var claimId in claimIds)
        {
            await using var session = store.LightweightSession();
            await AcceptAsync(session, claimId, null, null, automatic: true, ct);
        }
    }

    /// <summary>
    /// A concurrent reviewer can win the race to the same case or the same source: then the whole
    /// acceptance is read and decided again, so two claims about one new subject end in one case.
    /// </summary>
    public async Task<AcceptOutcome> AcceptAsync(IDocumentSession session, Guid claimId, Guid? caseId, long? expectedCaseVersion, bool automatic, CancellationToken ct, ClaimEdits? edits = null)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await AcceptOnceAsync(session, claimId, caseId, expectedCaseVersion, automatic, edits, ct);
            }
            catch (Exception e) when (OpenCases.IsDuplicate(e) || e is ConcurrencyException)
            {
                session.EjectAllPendingChanges();
                if (attempt == 3) return new AcceptOutcome(Problems.ConcurrentWrite(caseId ?? Guid.Empty), claimId, caseId ?? Guid.Empty, Guid.Empty, false, false, 0);
            }
        }
    }

    private async Task<AcceptOutcome> AcceptOnceAsync(IDocumentSession session, Guid claimId, Guid? caseId, long? expectedCaseVersion, bool automatic, ClaimEdits? edits, CancellationToken ct)
    {
        AcceptOutcome Fail(IResult problem) => new(problem, claimId, caseId ?? Guid.Empty, Guid.Empty, false, false, 0);

        if (await LoadSourceAsync(session, claimId, ct) is not var (source, sourceVersion)) return Fail(ClaimNotFound(claimId));
        var extracted = source.Claims[claimId];
        if (edits?.Reasons?.FirstOrDefault(r => r.Index < 0 || r.Index >= extracted.Reasons.Count) is { } stray)
            return Fail(Problems.Validation(new Dictionary<string, string[]>
            {
                ["overrides.reasons.index"] = [$"The claim has {extracted.Reasons.Count} reason(s), numbered from 0; there is no reason {stray.Index}."],
            }));
        // The reviewer's edits decide what the case records; the claim in the source stays as extracted.
        edits = edits?.Against(extracted);
        var claim = edits?.ApplyTo(extracted) ?? extracted;

        var target = caseId ?? await OpenCaseForAsync(session, claim, ct);
        Case? state = null;
        long caseVersion = 0;
        if (target is { } id)
        {
            var events = await session.Events.FetchStreamAsync(id, token: ct);
            state = Case.From(events.Select(e => e.Data));
            if (state is null) return Fail(Problems.CaseNotFound(id));
            caseVersion = events[^1].Version;
            if (expectedCaseVersion is { } expected && expected != caseVersion) return Fail(Problems.VersionConflict(id, expected, caseVersion));
        }
        var newCaseId = target ?? Guid.CreateVersion7();

        var landing = ClaimIntoCase.Decide(state, newCaseId, claim, source, Guid.CreateVersion7);
        if (landing.Decision.Refusal is { } refusal) return Fail(Problems.Refused(refusal));
        var accepted = SourceDecisions.Accept(source, claimId, newCaseId, landing.ActionId, landing.Corroborated, automatic, landing.Disputed, edits);
        if (accepted.Refusal is { } notPending) return Fail(await ReviewRefusedAsync(session, claimId, notPending, ct));

        var caseEvents = landing.Decision.Events.ToArray();
        if (state is null) session.Events.StartStream<Case>(newCaseId, caseEvents);
        else if (caseEvents.Length > 0) session.Events.Append(newCaseId, caseVersion + caseEvents.Length, caseEvents);
        session.Events.Append(source.Id, sourceVersion + 1, accepted.Events.ToArray());
        await session.SaveChangesAsync(ct);
        return new AcceptOutcome(null, claimId, newCaseId, landing.ActionId, landing.Corroborated, state is null, caseVersion + caseEvents.Length, landing.Disputed);
    }

    public async Task<IResult?> RejectAsync(IDocumentSession session, Guid claimId, string reason, CancellationToken ct)
    {
        if (await LoadSourceAsync(session, claimId, ct) is not var (source, sourceVersion)) return ClaimNotFound(claimId);
        var decision = SourceDecisions.Reject(source, claimId, reason);
        if (decision.Refusal is { } refusal) return await ReviewRefusedAsync(session, claimId, refusal, ct);
        session.Events.Append(source.Id, sourceVersion + 1, decision.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            return Problems.Problem(StatusCodes.Status409Conflict, "claim_review_conflict", "The claim was reviewed concurrently.", "Read the claim again.");
        }
        return null;
    }

    /// <summary>A claim reviewed before says how it was reviewed: accepted into which case, or rejected and why.</summary>
    private static async Task<IResult> ReviewRefusedAsync(IQuerySession session, Guid claimId, Refusal refusal, CancellationToken ct)
    {
        if (refusal.Code != "claim_already_reviewed" || await session.LoadAsync<ReviewClaim>(claimId, ct) is not { } claim) return Problems.Refused(refusal);
        var detail = claim.Status == "accepted"
            ? $"Claim {claimId} was already accepted into case {claim.CaseId} (/api/cases/{claim.CaseId}); to take it back, withdraw its action there."
            : $"Claim {claimId} was already rejected ({claim.RejectionReason}); a claim is reviewed once.";
        return Problems.Problem(StatusCodes.Status409Conflict, "claim_already_reviewed", $"The claim was already {claim.Status}.", detail,
            new Dictionary<string, object?> { ["claimStatus"] = claim.Status, ["caseId"] = claim.CaseId });
    }

    public static IResult ClaimNotFound(Guid claimId) =>
        Problems.Problem(StatusCodes.Status404NotFound, "claim_not_found", "Claim not found.", $"There is no claim {claimId}.");

    private static async Task<(Source Source, long Version)?> LoadSourceAsync(IQuerySession session, Guid claimId, CancellationToken ct)
    {
        var claim = await session.LoadAsync<ReviewClaim>(claimId, ct);
        if (claim is null) return null;
        var events = await session.Events.FetchStreamAsync(claim.SourceId, token: ct);
        var source = Source.From(events.Select(e => e.Data));
        return source is null || !source.Claims.ContainsKey(claimId) ? null : (source, events[^1].Version);
    }

    /// <summary>The open case already tracking this platform and subject, oldest first, if any.</summary>
    private static Task<Guid?> OpenCaseForAsync(IQuerySession session, ClaimRecord claim, CancellationToken ct) =>
        OpenCases.FindAsync(session, claim.Platform, claim.Subject, ct);
}
