using Wolverine;

namespace CaseTracker.Api.Features.Claims;

/// <summary>
/// The confident claims of a newly stored source, to be accepted. Published through the Marten
/// outbox in the transaction that stores the source, so the acceptance happens exactly when the
/// source is stored (even if this node stops right after the commit) and the ingest request does
/// not wait for it.
/// </summary>
public sealed record AutoAcceptClaims(Guid SourceId, IReadOnlyList<Guid> ClaimIds)
{
    /// <summary>Enlists the message for the source's confident claims in the session's transaction (nothing when none is confident).</summary>
    public static async Task PublishAsync(IMessageBus bus, ClaimReview review, Guid sourceId, Domain.Sources.ClaimsExtracted extracted)
    {
        var confident = review.ConfidentClaims(extracted);
        if (confident.Count > 0) await bus.PublishAsync(new AutoAcceptClaims(sourceId, confident));
    }
}

/// <summary>Accepts each claim on its own (a refused or already reviewed claim does not hold up the others); a repeat finds them reviewed and changes nothing.</summary>
public static class AutoAcceptClaimsHandler
{
    public static Task Handle(AutoAcceptClaims message, ClaimReview review, CancellationToken ct) =>
        review.AutoAcceptAsync(message.ClaimIds, ct);
}
