using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Cases;

/// <summary>What accepting a claim adds to a case, and which action it lands on.</summary>
public sealed record ClaimLanding(Decision Decision, Guid ActionId, bool Corroborated, bool Disputed = false);

/// <summary>
/// Takes a claim into a case with the case's own rules: it corroborates an action the case
/// already has (same type, compatible date, not withdrawn); it disputes the date of one it
/// has on a nearby but different day (sources disagreeing about one event, read
/// conservatively: both readings are kept and flagged); else it records a new action. Every
/// reason with a known speaker is stated against that action, citing the same source.
/// A null case means a new case is opened for the claim's platform and subject.
/// </summary>
public static class ClaimIntoCase
{
    public static ClaimLanding Decide(Case? state, Guid newCaseId, ClaimRecord claim, Source source, Func<Guid> newId)
    {
        var events = new List<object>();
        if (state is null)
        {
            var opened = new CaseOpened(newCaseId, claim.Platform, new Subject(claim.Subject, claim.SubjectKind), null);
            events.Add(opened);
            state = Case.Start(opened);
        }

        var citation = source.Cite(claim.Quotes.FirstOrDefault());
        var existing = state.Actions.Values.FirstOrDefault(a => !a.Withdrawn && a.Type == claim.Action
            && (a.OccurredOn is null || claim.Date is null || a.OccurredOn.IsCompatibleWith(claim.Date)));
        var otherDay = existing is null && claim.Date is not null
            ? state.Actions.Values.FirstOrDefault(a => !a.Withdrawn && a.Type == claim.Action && a.OccurredOn is not null && a.OccurredOn.IsNear(claim.Date))
            : null;
        var actionId = existing?.Id ?? otherDay?.Id ?? newId();
        var step = existing is not null ? CaseDecisions.Corroborate(state, actionId, citation)
            : otherDay is not null ? CaseDecisions.Dispute(state, actionId, DisputeKind.OtherDate, claim.Date, null, citation)
            : CaseDecisions.RecordAction(state, actionId, claim.Action, claim.Date, claim.Scope, citation);
        if (step.Refusal is not null) return new ClaimLanding(step, actionId, existing is not null, otherDay is not null);
        Advance(ref state, events, step);

        foreach (var reason in claim.Reasons.Where(r => r.StatedBy is not null))
        {
            var stated = CaseDecisions.StateReason(state, newId(), actionId, reason.StatedBy!.Value, reason.Category, reason.Text,
                source.Reference.Language, source.Cite(reason.Quote));
            if (stated.Refusal is not null) return new ClaimLanding(stated, actionId, existing is not null);
            Advance(ref state, events, stated);
        }
        return new ClaimLanding(Decision.Accept([.. events]), actionId, existing is not null, otherDay is not null);
    }

    private static void Advance(ref Case state, List<object> events, Decision step)
    {
        foreach (var e in step.Events) state = state.When(e);
        events.AddRange(step.Events);
    }
}
