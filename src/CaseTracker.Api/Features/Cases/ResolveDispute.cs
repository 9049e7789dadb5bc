using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

namespace CaseTracker.Api.Features.Cases;

/// <summary>An analyst settles a contradiction on an action: which reading holds (a date such as 2020-06-07, "happened", a category) and why.</summary>
public sealed record ResolveDisputeRequest(string? ChosenReading, string? Rationale, long? Version = null);

public sealed class ResolveDisputeValidator : AbstractValidator<ResolveDisputeRequest>
{
    public ResolveDisputeValidator()
    {
        RuleFor(r => r.ChosenReading).IsText(Limits.Name);
        RuleFor(r => r.Rationale).IsText(Limits.Text);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class ResolveDisputeEndpoint
{
    [WolverinePost("/api/cases/{id}/actions/{actionId}/resolve", Name = "ResolveDispute")]
    public static IResult Post(Guid id, Guid actionId, ResolveDisputeRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.ResolveDispute(state, actionId, request.ChosenReading!, request.Rationale!));
    }
}
