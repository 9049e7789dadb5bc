namespace CaseTracker.Domain.Vocabulary;

/// <summary>What kind of thing a platform acted on.</summary>
public enum SubjectKind
{
    Account,
    Channel,
    Group,
    Page,
    App,
    Content,
    Other,
}
