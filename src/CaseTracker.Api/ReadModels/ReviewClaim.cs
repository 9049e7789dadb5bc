using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;
using JasperFx.Events;
using Marten.Events.Projections;

namespace CaseTracker.Api.ReadModels;

/// <summary>A claim as the review queue shows it: what it says, its quotes, and what became of it.</summary>
public sealed class ReviewClaim
{
    public Guid Id { get; set; }
    public Guid SourceId { get; set; }
    public string Status { get; set; } = "pending";
    public string Platform { get; set; } = "";
    public string PlatformKey { get; set; } = "";
    public string Subject { get; set; } = "";
    public SubjectKind SubjectKind { get; set; }
    public ActionType Action { get; set; }
    public PartialDate? Date { get; set; }
    public string? Scope { get; set; }
    public List<ClaimReason> Reasons { get; set; } = [];
    public List<TextQuote> Quotes { get; set; } = [];
    public double Confidence { get; set; }
    public string Language { get; set; } = "";
    public string Extractor { get; set; } = "";
    public DateTimeOffset ExtractedAt { get; set; }
    public DateTimeOffset? ReviewedAt { get; set; }
    public Guid? CaseId { get; set; }
    public Guid? ActionId { get; set; }
    public bool? Corroborated { get; set; }
    public bool? AutomaticallyAccepted { get; set; }
    public string? RejectionReason { get; set; }
    /// <summary>What the reviewer corrected before accepting (null when accepted as read).</summary>
    public ClaimEdits? Edits { get; set; }
    public int FirstQuoteStart { get; set; }
}

/// <summary>One review-queue document per claim, fed by the source streams.</summary>
public sealed class ReviewClaimProjection : MultiStreamProjection<ReviewClaim, Guid>
{
    public ReviewClaimProjection()
    {
        Identities<ClaimsExtracted>(e => e.Claims.Select(c => c.ClaimId).ToArray());
        Identity<ClaimAccepted>(e => e.ClaimId);
        Identity<ClaimRejected>(e => e.ClaimId);
        // Named again as the types read, so a rebuild fetches only these rows (see StreamEvents).
        IncludeType<ClaimsExtracted>();
        IncludeType<ClaimAccepted>();
        IncludeType<ClaimRejected>();
    }

    public override ReviewClaim? Evolve(ReviewClaim? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case ClaimsExtracted x when x.Claims.FirstOrDefault(c => c.ClaimId == id) is { } claim:
                return new ReviewClaim
                {
                    Id = id, SourceId = x.SourceId, Platform = claim.Platform, PlatformKey = claim.Platform.ToLowerInvariant(),
                    Subject = claim.Subject, SubjectKind = claim.SubjectKind, Action = claim.Action, Date = claim.Date, Scope = claim.Scope,
                    Reasons = [.. claim.Reasons], Quotes = [.. claim.Quotes], Confidence = claim.Confidence, Language = x.Language,
                    Extractor = $"{x.Extractor} {x.ExtractorVersion}", ExtractedAt = e.Timestamp,
                    FirstQuoteStart = claim.Quotes.Count > 0 ? claim.Quotes.Min(q => q.Start) : 0,
                };
            case ClaimAccepted x when snapshot is not null:
                snapshot.Status = "accepted";
                snapshot.ReviewedAt = e.Timestamp;
                snapshot.CaseId = x.CaseId;
                snapshot.ActionId = x.ActionId;
                snapshot.Corroborated = x.Corroborated;
                snapshot.AutomaticallyAccepted = x.Automatic;
                snapshot.Edits = x.Edits;
                return snapshot;
            case ClaimRejected x when snapshot is not null:
                snapshot.Status = "rejected";
                snapshot.ReviewedAt = e.Timestamp;
                snapshot.RejectionReason = x.Reason;
                return snapshot;
            default:
                return snapshot;
        }
    }
}
