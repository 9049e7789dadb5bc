using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Cases;

/// <summary>What a merge writes: on the surviving case and on the absorbed one (both empty when refused).</summary>
public sealed record MergeDecision(Decision Survivor, Decision Absorbed);

/// <summary>
/// Two cases about one subject on one platform become one. The absorbed case's actions,
/// sources, disputes, reasons and notes are re-recorded on the survivor through the survivor's
/// own rules, so an action both cases hold becomes one action with the sources of both; the
/// absorbed case is marked as merged and redirects. Rules: not a case into itself, not a merged
/// case, not into a closed case, only within one platform.
/// </summary>
public static class CaseMerge
{
    public static MergeDecision Decide(Case survivor, Case absorbed, IReadOnlyList<object> absorbedEvents, string rationale)
    {
        if (survivor.Id == absorbed.Id) return Refused("same_case", "A case cannot be merged into itself.");
        if (new[] { survivor, absorbed }.FirstOrDefault(c => c.MergedInto is not null) is { } merged)
            return Refused("case_merged", $"Case {merged.Id} was already merged into case {merged.MergedInto}.");
        if (survivor.Status == CaseStatus.Closed) return Refused("case_closed", $"Case {survivor.Id} is closed; reopen it before merging into it.");
        if (!string.Equals(survivor.Platform, absorbed.Platform, StringComparison.OrdinalIgnoreCase))
            return Refused("different_platforms", $"A case follows one subject on one platform: {survivor.Platform} is not {absorbed.Platform}.");

        var events = new List<object> { new CasesMerged(survivor.Id, absorbed.Id, rationale.Trim()) };
        var state = survivor;
        var actionIds = new Dictionary<Guid, Guid>();
        Guid Map(Guid id) => actionIds.GetValueOrDefault(id, id);

        foreach (var e in absorbedEvents)
        {
            var step = e switch
            {
                ActionRecorded x => Record(state, x, absorbed.Actions[x.ActionId].Withdrawn, actionIds),
                ActionCorroborated x => CaseDecisions.Corroborate(state, Map(x.ActionId), x.Citation),
                ActionDisputed x => CaseDecisions.Dispute(state, Map(x.ActionId), x.Kind, x.ClaimedDate, x.Note, x.Citation),
                ReasonStated x => CaseDecisions.StateReason(state, x.ReasonId, x.ActionId is { } a ? Map(a) : null, x.StatedBy, x.Category, x.Text, x.Language, x.Citation),
                ActionWithdrawn x => Decision.Accept(x with { CaseId = state.Id }),
                ActionDisputeResolved x => Decision.Accept(x with { CaseId = state.Id, ActionId = Map(x.ActionId) }),
                CaseNoteAdded x => Decision.Accept(x with { CaseId = state.Id }),
                _ => Decision.NothingNew, // opening, closing and earlier merge markers belong to the absorbed case
            };
            // A step the survivor's rules refuse (a corroboration of a withdrawn action, say) is dropped, not fatal.
            if (step.Refused) continue;
            foreach (var produced in step.Events) state = state.When(produced);
            events.AddRange(step.Events);
        }
        return new MergeDecision(Decision.Accept([.. events]), Decision.Accept(new CaseMergedInto(absorbed.Id, survivor.Id, rationale.Trim())));
    }

    /// <summary>An absorbed action the survivor already holds (same type, compatible date) becomes a corroboration of it.</summary>
    private static Decision Record(Case state, ActionRecorded recorded, bool withdrawnLater, Dictionary<Guid, Guid> actionIds)
    {
        var same = withdrawnLater ? null : state.Actions.Values.FirstOrDefault(a => !a.Withdrawn && a.Type == recorded.Type
            && (a.OccurredOn is null || recorded.OccurredOn is null || a.OccurredOn.IsCompatibleWith(recorded.OccurredOn)));
        if (same is null) return Decision.Accept(recorded with { CaseId = state.Id });
        actionIds[recorded.ActionId] = same.Id;
        return CaseDecisions.Corroborate(state, same.Id, recorded.Citation);
    }

    private static MergeDecision Refused(string code, string detail) =>
        new(Decision.Refuse(RefusalKind.Conflict, code, detail), Decision.NothingNew);
}
