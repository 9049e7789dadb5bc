using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

namespace CaseTracker.Api.Features.Cases;

public static class ReopenCaseEndpoint
{
    [WolverinePost("/api/cases/{id}/reopen", Name = "ReopenCase")]
    public static IResult Post(Guid id, CaseStatusRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        return CaseWrites.Decide(stream, session, http, request.Version, state => CaseDecisions.Reopen(state, request.Rationale));
    }
}
