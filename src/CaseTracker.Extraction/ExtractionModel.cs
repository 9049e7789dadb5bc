using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction;

/// <summary>One article to read. Language is an ISO 639-1 code; null asks for detection.</summary>
public sealed record ArticleInput(string Text, string? Language = null, DateOnly? Published = null, string? Title = null);

/// <summary>A verbatim span of ArticleInput.Text: End is exclusive and Text == Text[Start..End].</summary>
public sealed record QuoteSpan(int Start, int End, string Text);

/// <summary>Why a party says the action happened.</summary>
public sealed record ExtractedReason(string Text, ReasonCategory Category, StatedBy? StatedBy, QuoteSpan Quote);

/// <summary>"Platform took Action on Subject (on Date) (in Scope)", with every quote that reports it.</summary>
public sealed record ExtractedClaim(
    string Platform,
    string Subject,
    SubjectKind SubjectKind,
    ActionType Action,
    PartialDate? Date,
    string? Scope,
    IReadOnlyList<ExtractedReason> Reasons,
    IReadOnlyList<QuoteSpan> Quotes,
    double Confidence);

/// <summary>The claims of one article. LanguageDetected tells whether Language was guessed from the text.</summary>
public sealed record ExtractionResult(string Language, bool LanguageDetected, IReadOnlyList<ExtractedClaim> Claims);
