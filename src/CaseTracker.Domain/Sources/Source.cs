using System.Collections.Immutable;

namespace CaseTracker.Domain.Sources;

public enum ClaimStatus
{
    Pending,
    Accepted,
    Rejected,
}

/// <summary>The source aggregate: what its decisions need (its citation and the review state of its claims).</summary>
public sealed record Source(Guid Id, SourceRef Reference, ImmutableDictionary<Guid, ClaimRecord> Claims, ImmutableDictionary<Guid, ClaimStatus> Review)
{
    public static Source Create(SourceIngested e) => new(e.SourceId,
        new SourceRef(e.Outlet, e.Url, e.Title, e.PublishedOn, e.Language, e.SourceId, e.Fingerprint),
        ImmutableDictionary<Guid, ClaimRecord>.Empty, ImmutableDictionary<Guid, ClaimStatus>.Empty);

    public static Source? From(IEnumerable<object> events)
    {
        Source? state = null;
        foreach (var e in events) state = state is null ? e is SourceIngested ingested ? Create(ingested) : null : state.When(e);
        return state;
    }

    public Source When(object e) => e switch
    {
        ClaimsExtracted x => this with
        {
            Claims = Claims.SetItems(x.Claims.Select(c => KeyValuePair.Create(c.ClaimId, c))),
            Review = Review.SetItems(x.Claims.Select(c => KeyValuePair.Create(c.ClaimId, ClaimStatus.Pending))),
        },
        ClaimAccepted x => this with { Review = Review.SetItem(x.ClaimId, ClaimStatus.Accepted) },
        ClaimRejected x => this with { Review = Review.SetItem(x.ClaimId, ClaimStatus.Rejected) },
        _ => this,
    };

    /// <summary>The citation of one of this source's claims: the source and the claim's first quote.</summary>
    public Citation Cite(TextQuote? quote) => new(Reference, quote?.Text, quote?.Start, quote?.End);
}
