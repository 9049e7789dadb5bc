using CaseTracker.Domain.Cases;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// The Case aggregate the write path decides on, kept by Marten (inline snapshot, or live).
/// The fold is the domain's own (Case.Start / Case.When), so the rules stay in the pure type.
/// </summary>
public sealed class CaseAggregateProjection : SingleStreamProjection<Case, Guid>
{
    public CaseAggregateProjection()
    {
        foreach (var type in StreamEvents.Case) IncludeType(type);
    }

    public override Case? Evolve(Case? snapshot, Guid id, IEvent e) =>
        snapshot is null ? e.Data is CaseOpened opened ? Case.Start(opened) : null : snapshot.When(e.Data);
}
