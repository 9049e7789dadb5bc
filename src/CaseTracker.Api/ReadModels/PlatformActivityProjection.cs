using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;
using JasperFx.Events;
using JasperFx.Events.Grouping;
using Marten;
using Marten.Events.Projections;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// Platform activity per month, run by the async daemon. The grouper looks each case event's
/// platform and month up in <see cref="PlatformActivityCase"/> and hands the month document a
/// resolved change instead of the raw event, so Evolve needs no lookups of its own.
/// </summary>
public sealed class PlatformActivityProjection : MultiStreamProjection<PlatformActivity, string>
{
    // The changes the grouper resolves case events into (stand-in events, never stored).
    public sealed record ActionCounted(string Platform, string PlatformKey, string Month, Guid CaseId, Guid ActionId, ActionType Type);

    public sealed record ReasonCounted(string Platform, string PlatformKey, string Month, Guid CaseId, Guid ReasonId, Guid? ActionId, ReasonCategory Category, StatedBy StatedBy);

    public sealed record ActionUncounted(Guid ActionId);

    public sealed record CaseUncounted(Guid CaseId);

    public PlatformActivityProjection()
    {
        IncludeType<ActionRecorded>();
        IncludeType<ReasonStated>();
        IncludeType<ActionWithdrawn>();
        IncludeType<CaseMergedInto>();
        CustomGrouping(GroupAsync);
    }

    private static async Task GroupAsync(IQuerySession session, IReadOnlyList<IEvent> events, IEventGrouping<string> grouping)
    {
        var caseIds = events.Select(e => e.Data switch
        {
            ActionRecorded x => x.CaseId,
            ReasonStated x => x.CaseId,
            ActionWithdrawn x => x.CaseId,
            CaseMergedInto x => x.CaseId,
            _ => Guid.Empty,
        }).Where(id => id != Guid.Empty).Distinct().ToArray();
        if (caseIds.Length == 0) return;
        var cases = (await session.LoadManyAsync<PlatformActivityCase>(caseIds)).ToDictionary(c => c.Id);

        foreach (var e in events)
        {
            switch (e.Data)
            {
                case ActionRecorded x when cases.TryGetValue(x.CaseId, out var c):
                    var month = c.ActionMonths.GetValueOrDefault(x.ActionId) ?? PlatformActivity.MonthOf(x.OccurredOn);
                    grouping.AddEvent(PlatformActivity.IdOf(c.PlatformKey, month),
                        e.WithData(new ActionCounted(c.Platform, c.PlatformKey, month, x.CaseId, x.ActionId, x.Type)));
                    break;
                case ReasonStated x when cases.TryGetValue(x.CaseId, out var c):
                    var reasonMonth = c.ReasonMonths.GetValueOrDefault(x.ReasonId)
                        ?? (x.ActionId is { } a ? c.ActionMonths.GetValueOrDefault(a) : null) ?? PlatformActivity.RecordedMonth(e.Timestamp);
                    grouping.AddEvent(PlatformActivity.IdOf(c.PlatformKey, reasonMonth),
                        e.WithData(new ReasonCounted(c.Platform, c.PlatformKey, reasonMonth, x.CaseId, x.ReasonId, x.ActionId, x.Category, x.StatedBy)));
                    break;
                case ActionWithdrawn x when cases.TryGetValue(x.CaseId, out var c) && c.ActionMonths.TryGetValue(x.ActionId, out var withdrawnMonth):
                    grouping.AddEvent(PlatformActivity.IdOf(c.PlatformKey, withdrawnMonth), e.WithData(new ActionUncounted(x.ActionId)));
                    break;
                case CaseMergedInto x when cases.TryGetValue(x.CaseId, out var c):
                    // The survivor re-records what it takes over (same action and reason ids): the absorbed case's counts go.
                    foreach (var caseMonth in c.Months())
                        grouping.AddEvent(PlatformActivity.IdOf(c.PlatformKey, caseMonth), e.WithData(new CaseUncounted(x.CaseId)));
                    break;
            }
        }
    }

    public override PlatformActivity? Evolve(PlatformActivity? snapshot, string id, IEvent e)
    {
        switch (e.Data)
        {
            case ActionCounted x:
                snapshot ??= Start(id, x.Platform, x.PlatformKey, x.Month);
                snapshot.Actions[x.ActionId] = new PlatformActivity.CountedAction(x.CaseId, x.Type);
                break;
            case ReasonCounted x:
                snapshot ??= Start(id, x.Platform, x.PlatformKey, x.Month);
                snapshot.Reasons[x.ReasonId] = new PlatformActivity.CountedReason(x.CaseId, x.ActionId, x.Category, x.StatedBy);
                break;
            case ActionUncounted x when snapshot is not null:
                // A withdrawn action was an analyst's error: the reasons given for it go with it.
                snapshot.Actions.Remove(x.ActionId);
                foreach (var reasonId in snapshot.Reasons.Where(r => r.Value.ActionId == x.ActionId).Select(r => r.Key).ToList())
                    snapshot.Reasons.Remove(reasonId);
                break;
            case CaseUncounted x when snapshot is not null:
                // Entries the survivor already took over carry its id now and stay.
                foreach (var actionId in snapshot.Actions.Where(a => a.Value.CaseId == x.CaseId).Select(a => a.Key).ToList())
                    snapshot.Actions.Remove(actionId);
                foreach (var reasonId in snapshot.Reasons.Where(r => r.Value.CaseId == x.CaseId).Select(r => r.Key).ToList())
                    snapshot.Reasons.Remove(reasonId);
                break;
        }
        if (snapshot is null) return null;
        snapshot.ActionCount = snapshot.Actions.Count;
        // A month left with nothing in it is deleted rather than listed empty.
        return snapshot.Actions.Count == 0 && snapshot.Reasons.Count == 0 ? null : snapshot;
    }

    private static PlatformActivity Start(string id, string platform, string platformKey, string month) => new()
    {
        Id = id, Platform = platform, PlatformKey = platformKey, Month = month, MonthNumber = PlatformActivity.NumberOf(month),
    };
}
