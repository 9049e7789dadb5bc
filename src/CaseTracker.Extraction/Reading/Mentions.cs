using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Reading;

/// <summary>Who or what was acted on. Named: a proper name; otherwise a description ("militants basés").</summary>
internal sealed record SubjectRef(string Name, SubjectKind Kind, bool Named);

/// <summary>One sentence's report of a platform action, before repeated reports are merged.</summary>
internal sealed record ActionMention(
    int Token,
    int Sentence,
    string Platform,
    bool PlatformStated,
    SubjectRef Subject,
    ActionType Action,
    PartialDate? Date,
    string? Scope,
    QuoteSpan Quote,
    double Confidence)
{
    /// <summary>The platform is the grammatical actor ("YouTube removed...", "...was suspended by X").</summary>
    public bool PlatformIsAgent { get; init; }
}

/// <summary>A stated reason and the action mention it explains.</summary>
internal sealed record ReasonMention(ActionMention Target, ExtractedReason Reason);
