namespace CaseTracker.Domain.Vocabulary;

/// <summary>How a source contradicts a recorded action.</summary>
public enum DisputeKind
{
    /// <summary>The source says the action did not happen.</summary>
    Denial,
    /// <summary>The source dates the action differently.</summary>
    OtherDate,
    /// <summary>Any other contradiction (another type, another subject).</summary>
    Other,
}
