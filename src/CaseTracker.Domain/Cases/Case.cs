using System.Collections.Immutable;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Cases;

public enum CaseStatus
{
    Open,
    Closed,
    /// <summary>Absorbed into another case; it takes no more writes.</summary>
    Merged,
}

/// <summary>What the decisions need to know about one recorded action.</summary>
public sealed record CaseAction(
    Guid Id, ActionType Type, PartialDate? OccurredOn, bool Withdrawn, ImmutableHashSet<string> SourceKeys, ImmutableHashSet<string> Disputes,
    ImmutableHashSet<(StatedBy Party, ReasonCategory Category)> ReasonCategories)
{
    /// <summary>Sources disagree about it: a dispute, or one party giving different reasons.</summary>
    public bool Contested => Disputes.Count > 0 || ReasonCategories.GroupBy(r => r.Party).Any(g => g.Count() > 1);
}

/// <summary>
/// The Case aggregate: only the state its decisions read. Immutable; the read models carry
/// everything a person wants to see.
/// </summary>
public sealed record Case(Guid Id, string Platform, Subject Subject, CaseStatus Status, ImmutableDictionary<Guid, CaseAction> Actions, ImmutableHashSet<string> Reasons)
{
    public Guid? MergedInto { get; init; }

    public static Case Start(CaseOpened e) =>
        new(e.CaseId, e.Platform, e.Subject, CaseStatus.Open, ImmutableDictionary<Guid, CaseAction>.Empty, ImmutableHashSet<string>.Empty);

    private Case On(ActionRecorded e) => this with
    {
        Actions = Actions.SetItem(e.ActionId, new CaseAction(e.ActionId, e.Type, e.OccurredOn, false, [e.Citation.Source.Key], [], [])),
    };

    private Case On(ActionCorroborated e) => WithAction(e.ActionId, a => a with { SourceKeys = a.SourceKeys.Add(e.Citation.Source.Key) });

    private Case On(ActionDisputed e) => WithAction(e.ActionId, a => a with { Disputes = a.Disputes.Add(DisputeKey(e.Kind, e.Citation)) });

    private Case On(ActionWithdrawn e) => WithAction(e.ActionId, a => a with { Withdrawn = true });

    private Case On(ReasonStated e)
    {
        var next = this with { Reasons = Reasons.Add(ReasonKey(e.ActionId, e.StatedBy, e.Text, e.Citation)) };
        return e.ActionId is { } id ? next.WithAction(id, a => a with { ReasonCategories = a.ReasonCategories.Add((e.StatedBy, e.Category)) }) : next;
    }

    private Case On(CaseClosed _) => this with { Status = CaseStatus.Closed };

    private Case On(CaseReopened _) => this with { Status = CaseStatus.Open };

    private Case On(CaseMergedInto e) => this with { Status = CaseStatus.Merged, MergedInto = e.SurvivorCaseId };

    /// <summary>Folds a case stream; null when the stream does not start with CaseOpened.</summary>
    /// <remarks>The fold is Start and When, not Marten's Create/Apply conventions: Marten runs it through CaseAggregateProjection.</remarks>
    public static Case? From(IEnumerable<object> events)
    {
        Case? state = null;
        foreach (var e in events) state = state is null ? e is CaseOpened opened ? Start(opened) : null : state.When(e);
        return state;
    }

    /// <summary>Notes, resolutions and merge markers change nothing the decisions read, beyond what is applied here.</summary>
    public Case When(object e) => e switch
    {
        ActionRecorded x => On(x),
        ActionCorroborated x => On(x),
        ActionDisputed x => On(x),
        ActionWithdrawn x => On(x),
        ReasonStated x => On(x),
        CaseClosed x => On(x),
        CaseReopened x => On(x),
        CaseMergedInto x => On(x),
        _ => this,
    };

    internal static string DisputeKey(DisputeKind kind, Sources.Citation citation) => $"{kind}|{citation.Source.Key}";

    internal static string ReasonKey(Guid? actionId, StatedBy statedBy, string text, Sources.Citation citation) =>
        $"{actionId}|{statedBy}|{text.Trim()}|{citation.Source.Key}";

    private Case WithAction(Guid id, Func<CaseAction, CaseAction> change) =>
        Actions.TryGetValue(id, out var action) ? this with { Actions = Actions.SetItem(id, change(action)) } : this;
}
