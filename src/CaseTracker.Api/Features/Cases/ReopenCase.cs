using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public static class ReopenCaseEndpoint
{
    [WolverinePost("/api/cases/{id}/reopen", Name = "ReopenCase")]
    public static async Task<IResult> Post(Guid id, CaseStatusRequest request, IDocumentSession session, HttpContext http)
    {
        return await CaseWrites.Decide(session, http, id, request.Version, state => CaseDecisions.Reopen(state, request.Rationale), ct: http.RequestAborted);
    }
}
