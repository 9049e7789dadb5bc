using CaseTracker.Domain.History;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.ReadModels;

/// <summary>Keeps each case's current history as a document, updated in the same transaction as its events.</summary>
public sealed class CaseHistoryProjection : SingleStreamProjection<CaseHistory, Guid>
{
    public CaseHistoryProjection()
    {
        foreach (var type in StreamEvents.Case) IncludeType(type);
    }

    public override CaseHistory? Evolve(CaseHistory? snapshot, Guid id, IEvent e) =>
        CaseHistoryFold.Apply(snapshot, e.Data, e.Timestamp, e.Version);
}
