using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public static class ReopenCaseEndpoint
{
    [WolverinePost("/api/cases/{id}/reopen", Name = "ReopenCase")]
    public static async Task<IResult> Post(Guid id, CaseStatusRequest request, IValidator<CaseStatusRequest> validator, IDocumentSession session, HttpContext http)
    {
        if (await Validation.Check(validator, request) is { } invalid) return invalid;
        return await CaseWrites.Decide(session, http, id, request.Version, state => CaseDecisions.Reopen(state, request.Rationale), ct: http.RequestAborted);
    }
}
