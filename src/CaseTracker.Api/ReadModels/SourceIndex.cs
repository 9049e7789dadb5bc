using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// For one source: the claims found in it and every case statement that cites it. Id: the source id.
/// A case may cite a source id before (or without) its ingestion; Ingested says whether the
/// source itself is known.
/// </summary>
public sealed class SourceIndex
{
    public Guid Id { get; set; }
    public bool Ingested { get; set; }
    public string? Outlet { get; set; }
    public string? Title { get; set; }
    public string? Url { get; set; }
    public string? Language { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateTimeOffset? IngestedAt { get; set; }
    public List<IndexedClaim> Claims { get; set; } = [];
    /// <summary>In the order they were recorded.</summary>
    public List<SourceCitation> Citations { get; set; } = [];
}

/// <summary>A claim found in the source and what became of it: pending, accepted (into which case and action) or rejected.</summary>
public sealed class IndexedClaim
{
    public Guid ClaimId { get; set; }
    public string Platform { get; set; } = "";
    public string Subject { get; set; } = "";
    public ActionType Action { get; set; }
    public PartialDate? Date { get; set; }
    public string Status { get; set; } = "pending";
    public Guid? CaseId { get; set; }
    public Guid? ActionId { get; set; }
    public string? RejectionReason { get; set; }
}

/// <summary>
/// One case statement citing the source. Kind: recorded, corroborated, disputed or reason; the
/// action type, dispute kind or reason category is set for the kind it belongs to.
/// </summary>
public sealed record SourceCitation(
    string Kind, Guid CaseId, Guid? ActionId, Guid? ReasonId, string? Quote, int? QuoteStart, int? QuoteEnd, DateTimeOffset CitedAt,
    ActionType? ActionType = null, DisputeKind? DisputeKind = null, ReasonCategory? ReasonCategory = null);
