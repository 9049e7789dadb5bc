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

public sealed record RecordActionRequest(string? Type, DateInput? OccurredOn, SourceInput? Source, string? Scope = null, long? Version = null);

public sealed class RecordActionValidator : AbstractValidator<RecordActionRequest>
{
    public RecordActionValidator(TimeProvider clock)
    {
        RuleFor(r => r.Type).NotEmpty().BeCode<RecordActionRequest, ActionType>();
        RuleFor(r => r.OccurredOn!).SetValidator(new DateInputValidator(clock)).When(r => r.OccurredOn is not null);
        RuleFor(r => r.Source).NotNull().WithMessage("The source that reports the action is required.").SetValidator(new SourceInputValidator(clock)!);
        RuleFor(r => r.Scope).MaximumLength(Limits.Scope);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class RecordActionEndpoint
{
    [WolverinePost("/api/cases/{id}/actions", Name = "RecordAction")]
    public static IResult Post(Guid id, RecordActionRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        Codes.TryParse<ActionType>(request.Type, out var type);
        var actionId = Guid.CreateVersion7();
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.RecordAction(state, actionId, type, request.OccurredOn?.ToPartialDate(), request.Scope, request.Source!.ToCitation()),
            createdId: actionId);
    }
}
