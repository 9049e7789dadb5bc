using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using Marten;
using Wolverine.Http;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;

namespace CaseTracker.Api.Features.Cases;

/// <summary>A source contradicts an action: it denies it (denial), dates it otherwise (other_date) or differs otherwise (other).</summary>
public sealed record DisputeActionRequest(string? Kind, SourceInput? Source, DateInput? ClaimedDate = null, string? Note = null, long? Version = null);

public sealed class DisputeActionValidator : AbstractValidator<DisputeActionRequest>
{
    public DisputeActionValidator(TimeProvider clock)
    {
        RuleFor(r => r.Kind).NotEmpty().BeCode<DisputeActionRequest, DisputeKind>();
        RuleFor(r => r.ClaimedDate).NotNull().When(r => r.Kind == DisputeKind.OtherDate.ToCode())
            .WithMessage("A dispute of kind other_date needs the claimed date.");
        RuleFor(r => r.ClaimedDate!).SetValidator(new DateInputValidator(clock)).When(r => r.ClaimedDate is not null);
        RuleFor(r => r.Source).NotNull().WithMessage("The disputing source is required.").SetValidator(new SourceInputValidator(clock)!);
        RuleFor(r => r.Note).MaximumLength(Limits.Text);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class DisputeActionEndpoint
{
    [WolverinePost("/api/cases/{id}/actions/{actionId}/disputes", Name = "DisputeAction")]
    public static IResult Post(Guid id, Guid actionId, DisputeActionRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        Codes.TryParse<DisputeKind>(request.Kind, out var kind);
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.Dispute(state, actionId, kind, request.ClaimedDate?.ToPartialDate(), request.Note, request.Source!.ToCitation()));
    }
}
