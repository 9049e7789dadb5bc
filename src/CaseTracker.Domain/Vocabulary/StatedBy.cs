namespace CaseTracker.Domain.Vocabulary;

/// <summary>Which party gave a reason.</summary>
public enum StatedBy
{
    Platform,
    Subject,
    Government,
    ThirdParty,
}
