using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

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
    public static IResult Post(Guid id, Guid actionId, CorroborateActionRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.Corroborate(state, actionId, request.Source!.ToCitation()));
    }
}
