using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Cases;

// The case stream. Past tense, facts only; who recorded each one and when is event metadata.

public sealed record CaseOpened(Guid CaseId, string Platform, Subject Subject, string? Title);

public sealed record ActionRecorded(Guid CaseId, Guid ActionId, ActionType Type, PartialDate? OccurredOn, string? Scope, Citation Citation);

public sealed record ActionCorroborated(Guid CaseId, Guid ActionId, Citation Citation);

public sealed record ActionDisputed(Guid CaseId, Guid ActionId, DisputeKind Kind, PartialDate? ClaimedDate, string? Note, Citation Citation);

public sealed record ReasonStated(Guid CaseId, Guid ReasonId, Guid? ActionId, StatedBy StatedBy, ReasonCategory Category, string Text, string? Language, Citation Citation);

public sealed record ActionWithdrawn(Guid CaseId, Guid ActionId, string Rationale);

public sealed record CaseNoteAdded(Guid CaseId, Guid NoteId, string Text);

public sealed record CaseClosed(Guid CaseId, string? Rationale);

public sealed record CaseReopened(Guid CaseId, string? Rationale);
