using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// Lookup for <see cref="PlatformActivityProjection"/>: case events carry only the case id, so this
/// keeps each case's platform and the month each of its actions and reasons counts in. Inline, so
/// it is committed with the events and always there when the async daemon reads them.
/// </summary>
public sealed class PlatformActivityCase
{
    public Guid Id { get; set; }
    public string Platform { get; set; } = "";
    public string PlatformKey { get; set; } = "";
    /// <summary>Action id to the month it counts in (a withdrawn action keeps its entry: removal needs it).</summary>
    public Dictionary<Guid, string> ActionMonths { get; set; } = [];
    public Dictionary<Guid, string> ReasonMonths { get; set; } = [];

    /// <summary>Every month this case counts in: where a merge must take its counts back from.</summary>
    public IEnumerable<string> Months() => ActionMonths.Values.Concat(ReasonMonths.Values).Distinct();
}

public sealed class PlatformActivityCaseProjection : SingleStreamProjection<PlatformActivityCase, Guid>
{
    public PlatformActivityCaseProjection()
    {
        IncludeType<CaseOpened>();
        IncludeType<ActionRecorded>();
        IncludeType<ReasonStated>();
    }

    public override PlatformActivityCase? Evolve(PlatformActivityCase? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case CaseOpened x:
                return new PlatformActivityCase { Id = x.CaseId, Platform = x.Platform.Trim(), PlatformKey = PlatformActivity.KeyOf(x.Platform) };
            case ActionRecorded x when snapshot is not null:
                // First record wins: a month never changes once given.
                snapshot.ActionMonths.TryAdd(x.ActionId, PlatformActivity.MonthOf(x.OccurredOn));
                return snapshot;
            case ReasonStated x when snapshot is not null:
                // A reason counts in the month of the action it explains; a reason for no action, when it was recorded.
                snapshot.ReasonMonths.TryAdd(x.ReasonId,
                    (x.ActionId is { } a ? snapshot.ActionMonths.GetValueOrDefault(a) : null) ?? PlatformActivity.RecordedMonth(e.Timestamp));
                return snapshot;
            default:
                return snapshot;
        }
    }
}
