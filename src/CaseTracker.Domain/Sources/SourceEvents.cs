using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Sources;

// The source stream: one per document, its id derived from the canonical URL or the text hash.

/// <summary>A document entered the tracker. Fingerprint is a SimHash of its words, to find near copies.</summary>
public sealed record SourceIngested(
    Guid SourceId, string? Url, string? CanonicalUrl, string Outlet, string? Title, string? Language,
    DateOnly? PublishedOn, string Text, string TextSha256, ulong Fingerprint);

/// <summary>An extractor read the source; a better extractor can read it again and record new claims.</summary>
public sealed record ClaimsExtracted(Guid SourceId, string Extractor, string ExtractorVersion, string Language, IReadOnlyList<ClaimRecord> Claims);

/// <summary>
/// An analyst (or the auto-accept setting) took a claim into a case: as a new action, a
/// corroboration of one the case had, or a dispute of its date. Edits: what the reviewer changed
/// in the proposal first (null when accepted as read).
/// </summary>
public sealed record ClaimAccepted(Guid SourceId, Guid ClaimId, Guid CaseId, Guid ActionId, bool Corroborated, bool Automatic, bool Disputed = false, ClaimEdits? Edits = null);

public sealed record ClaimRejected(Guid SourceId, Guid ClaimId, string Reason);

/// <summary>One assertion found in a source: platform P took action A on subject S, with its quotes.</summary>
public sealed record ClaimRecord(
    Guid ClaimId, string Platform, string Subject, SubjectKind SubjectKind, ActionType Action, PartialDate? Date, string? Scope,
    IReadOnlyList<ClaimReason> Reasons, IReadOnlyList<TextQuote> Quotes, double Confidence);

public sealed record ClaimReason(string Text, ReasonCategory Category, StatedBy? StatedBy, TextQuote Quote);

/// <summary>Verbatim words of a source and where they sit in its text (End exclusive).</summary>
public sealed record TextQuote(int Start, int End, string Text);
