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

/// <summary>An analyst settled a contradiction on an action: the reading chosen and why. Nothing is deleted.</summary>
public sealed record ActionDisputeResolved(Guid CaseId, Guid ActionId, string ChosenReading, string Rationale);

/// <summary>On the surviving case: another case about the same subject was merged into it (its events follow, re-recorded here).</summary>
public sealed record CasesMerged(Guid CaseId, Guid AbsorbedCaseId, string Rationale);

/// <summary>On the absorbed case: it now lives on in the surviving case; reads redirect there and writes are refused.</summary>
public sealed record CaseMergedInto(Guid CaseId, Guid SurvivorCaseId, string Rationale);
