using CaseTracker.Domain.Cases;

namespace CaseTracker.Domain.Sources;

/// <summary>
/// The review rules: a claim is reviewed once (accepted into one case, or rejected with a
/// reason); a second review of the same claim is refused, so an accepted claim never lands twice.
/// </summary>
public static class SourceDecisions
{
    public static Decision Accept(Source source, Guid claimId, Guid caseId, Guid actionId, bool corroborated, bool automatic, bool disputed = false, ClaimEdits? edits = null) =>
        Pending(source, claimId) ?? Decision.Accept(new ClaimAccepted(source.Id, claimId, caseId, actionId, corroborated, automatic, disputed, edits));

    public static Decision Reject(Source source, Guid claimId, string reason) =>
        Pending(source, claimId) ?? Decision.Accept(new ClaimRejected(source.Id, claimId, reason.Trim()));

    private static Decision? Pending(Source source, Guid claimId)
    {
        if (!source.Review.TryGetValue(claimId, out var status))
            return Decision.Refuse(RefusalKind.NotFound, "claim_not_found", $"Source {source.Id} has no claim {claimId}.");
        return status == ClaimStatus.Pending
            ? null
            : Decision.Refuse(RefusalKind.Conflict, "claim_already_reviewed", $"Claim {claimId} was already {status.ToString().ToLowerInvariant()}.");
    }
}
