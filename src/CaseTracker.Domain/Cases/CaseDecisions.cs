using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Cases;

/// <summary>
/// The case's rules, as pure functions of its state. Rules:
/// - a closed case takes no new actions, corroborations, disputes, reasons or withdrawals; notes
///   are always welcome, and it can be reopened;
/// - repeating what is already known records nothing: the same source cited twice for one
///   action, the same dispute or reason from the same source, the same action reported twice
///   by one source, closing a closed case, reopening an open one, withdrawing twice;
/// - a withdrawn action takes no further corroboration or dispute;
/// - a reinstatement with no known earlier restriction is accepted: the case history flags it,
///   since the restriction may be logged later;
/// - a contradiction is resolved by choosing a reading, on an action that sources contest;
/// - a case merged into another takes no writes at all: they belong to the surviving case.
/// </summary>
public static class CaseDecisions
{
    public static Decision Open(Guid caseId, string platform, Subject subject, string? title) =>
        Decision.Accept(new CaseOpened(caseId, platform.Trim(), subject, title?.Trim()));

    public static Decision RecordAction(Case state, Guid actionId, ActionType type, PartialDate? occurredOn, string? scope, Citation citation)
    {
        if (Closed(state) is { } refused) return refused;
        var repeated = state.Actions.Values.FirstOrDefault(a => !a.Withdrawn && a.Type == type
            && a.SourceKeys.Contains(citation.Source.Key)
            && (a.OccurredOn is null || occurredOn is null || a.OccurredOn.IsCompatibleWith(occurredOn)));
        return repeated is not null
            ? Decision.AlreadyKnown(repeated.Id)
            : Decision.Accept(new ActionRecorded(state.Id, actionId, type, occurredOn, scope?.Trim(), citation));
    }

    public static Decision Corroborate(Case state, Guid actionId, Citation citation)
    {
        if (LiveAction(state, actionId, out var action) is { } refused) return refused;
        return action!.SourceKeys.Contains(citation.Source.Key)
            ? Decision.NothingNew
            : Decision.Accept(new ActionCorroborated(state.Id, actionId, citation));
    }

    public static Decision Dispute(Case state, Guid actionId, DisputeKind kind, PartialDate? claimedDate, string? note, Citation citation)
    {
        if (LiveAction(state, actionId, out var action) is { } refused) return refused;
        return action!.Disputes.Contains(Case.DisputeKey(kind, citation))
            ? Decision.NothingNew
            : Decision.Accept(new ActionDisputed(state.Id, actionId, kind, claimedDate, note?.Trim(), citation));
    }

    public static Decision StateReason(Case state, Guid reasonId, Guid? actionId, StatedBy statedBy, ReasonCategory category, string text, string? language, Citation citation)
    {
        if (Closed(state) is { } closed) return closed;
        if (actionId is { } id && !state.Actions.ContainsKey(id)) return UnknownAction(id);
        return state.Reasons.Contains(Case.ReasonKey(actionId, statedBy, text, citation))
            ? Decision.NothingNew
            : Decision.Accept(new ReasonStated(state.Id, reasonId, actionId, statedBy, category, text.Trim(), language, citation));
    }

    public static Decision Withdraw(Case state, Guid actionId, string rationale)
    {
        if (Closed(state) is { } closed) return closed;
        if (!state.Actions.TryGetValue(actionId, out var action)) return UnknownAction(actionId);
        return action.Withdrawn ? Decision.NothingNew : Decision.Accept(new ActionWithdrawn(state.Id, actionId, rationale.Trim()));
    }

    public static Decision ResolveDispute(Case state, Guid actionId, string chosenReading, string rationale)
    {
        if (Closed(state) is { } closed) return closed;
        if (!state.Actions.TryGetValue(actionId, out var action)) return UnknownAction(actionId);
        return action.Contested
            ? Decision.Accept(new ActionDisputeResolved(state.Id, actionId, chosenReading.Trim(), rationale.Trim()))
            : Decision.Refuse(RefusalKind.Conflict, "nothing_to_resolve", $"No source contradicts action {actionId}.");
    }

    public static Decision AddNote(Case state, Guid noteId, string text) =>
        Merged(state) ?? Decision.Accept(new CaseNoteAdded(state.Id, noteId, text.Trim()));

    public static Decision Close(Case state, string? rationale) =>
        Merged(state) ?? (state.Status == CaseStatus.Closed ? Decision.NothingNew : Decision.Accept(new CaseClosed(state.Id, rationale?.Trim())));

    public static Decision Reopen(Case state, string? rationale) =>
        Merged(state) ?? (state.Status == CaseStatus.Open ? Decision.NothingNew : Decision.Accept(new CaseReopened(state.Id, rationale?.Trim())));

    private static Decision? Merged(Case state) => state.MergedInto is { } survivor
        ? Decision.Refuse(RefusalKind.Conflict, "case_merged", $"Case {state.Id} was merged into case {survivor}; write to that case.")
        : null;

    private static Decision? Closed(Case state) => Merged(state) ?? (state.Status == CaseStatus.Closed
        ? Decision.Refuse(RefusalKind.Conflict, "case_closed", $"Case {state.Id} is closed; reopen it before changing its actions.")
        : null);

    private static Decision UnknownAction(Guid actionId) =>
        Decision.Refuse(RefusalKind.NotFound, "action_not_found", $"This case has no action {actionId}.");

    private static Decision? LiveAction(Case state, Guid actionId, out CaseAction? action)
    {
        action = null;
        if (Closed(state) is { } closed) return closed;
        if (!state.Actions.TryGetValue(actionId, out action)) return UnknownAction(actionId);
        return action.Withdrawn
            ? Decision.Refuse(RefusalKind.Conflict, "action_withdrawn", $"Action {actionId} was withdrawn; it takes no further sources.")
            : null;
    }
}
