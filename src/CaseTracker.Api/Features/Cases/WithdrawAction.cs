using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

namespace CaseTracker.Api.Features.Cases;

/// <summary>An analyst withdraws an action recorded in error; the event stays, the history marks it withdrawn.</summary>
public sealed record WithdrawActionRequest(string? Rationale, long? Version = null);

public sealed class WithdrawActionValidator : AbstractValidator<WithdrawActionRequest>
{
    public WithdrawActionValidator()
    {
        RuleFor(r => r.Rationale).IsText(Limits.Text);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class WithdrawActionEndpoint
{
    [WolverinePost("/api/cases/{id}/actions/{actionId}/withdraw", Name = "WithdrawAction")]
    public static IResult Post(Guid id, Guid actionId, WithdrawActionRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.Withdraw(state, actionId, request.Rationale!));
    }
}
