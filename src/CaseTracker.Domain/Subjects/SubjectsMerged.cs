namespace CaseTracker.Domain.Subjects;

/// <summary>
/// An analyst said two subject names are one subject (a renamed channel, a spelling variant).
/// Recorded on the absorbed name's own stream, so a name is merged away at most once.
/// </summary>
public sealed record SubjectsMerged(string AbsorbedKey, string AbsorbedName, string SurvivorKey, string SurvivorName, string Rationale);
