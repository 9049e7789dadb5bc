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

public sealed record StateReasonRequest(string? StatedBy, string? Category, string? Text, SourceInput? Source, Guid? ActionId = null, string? Language = null, long? Version = null);

public sealed class StateReasonValidator : AbstractValidator<StateReasonRequest>
{
    public StateReasonValidator(TimeProvider clock)
    {
        RuleFor(r => r.StatedBy).NotEmpty().BeCode<StateReasonRequest, StatedBy>();
        RuleFor(r => r.Category).NotEmpty().BeCode<StateReasonRequest, ReasonCategory>();
        RuleFor(r => r.Text).IsText(Limits.Text);
        RuleFor(r => r.Source).NotNull().WithMessage("The source that reports the reason is required.").SetValidator(new SourceInputValidator(clock)!);
        RuleFor(r => r.Language).IsLanguage();
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class StateReasonEndpoint
{
    [WolverinePost("/api/cases/{id}/reasons", Name = "StateReason")]
    public static IResult Post(Guid id, StateReasonRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        Codes.TryParse<StatedBy>(request.StatedBy, out var statedBy);
        Codes.TryParse<ReasonCategory>(request.Category, out var category);
        var reasonId = Guid.CreateVersion7();
        return CaseWrites.Decide(stream, session, http, request.Version,
            state => CaseDecisions.StateReason(state, reasonId, request.ActionId, statedBy, category, request.Text!, request.Language?.ToLowerInvariant(), request.Source!.ToCitation()),
            createdId: reasonId);
    }
}
