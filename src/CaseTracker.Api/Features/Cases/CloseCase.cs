using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

namespace CaseTracker.Api.Features.Cases;

/// <summary>Closing and reopening take the same body: an optional rationale and the expected version.</summary>
public sealed record CaseStatusRequest(string? Rationale = null, long? Version = null);

public sealed class CaseStatusValidator : AbstractValidator<CaseStatusRequest>
{
    public CaseStatusValidator()
    {
        RuleFor(r => r.Rationale).MaximumLength(Limits.Text);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class CloseCaseEndpoint
{
    [WolverinePost("/api/cases/{id}/close", Name = "CloseCase")]
    public static IResult Post(Guid id, CaseStatusRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        return CaseWrites.Decide(stream, session, http, request.Version, state => CaseDecisions.Close(state, request.Rationale));
    }
}
