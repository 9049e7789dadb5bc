namespace CaseTracker.Domain.Vocabulary;

/// <summary>Who or what the platform acted on.</summary>
public sealed record Subject(string Name, SubjectKind Kind, string? Handle = null, string? Url = null, string? Country = null);
