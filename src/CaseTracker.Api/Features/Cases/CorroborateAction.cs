using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public sealed record CorroborateActionRequest(SourceInput? Source, long? Version = null);

public sealed class CorroborateActionValidator : AbstractValidator<CorroborateActionRequest>
{
    public CorroborateActionValidator(TimeProvider clock)
    {
        RuleFor(r => r.Source).NotNull().WithMessage("The corroborating source is required.").SetValidator(new SourceInputValidator(clock)!);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class CorroborateActionEndpoint
{
    [WolverinePost("/api/cases/{id}/actions/{actionId}/sources", Name = "CorroborateAction")]
    public static async Task<IResult> Post(Guid id, Guid actionId, CorroborateActionRequest request, IDocumentSession session, HttpContext http)
    {
        return await CaseWrites.Decide(session, http, id, request.Version,
            state => CaseDecisions.Corroborate(state, actionId, request.Source!.ToCitation()), ct: http.RequestAborted);
    }
}
