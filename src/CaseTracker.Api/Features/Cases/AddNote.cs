using JasperFx.Events;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using FluentValidation;
using Marten;
using Wolverine.Marten;
using ConcurrencyStyle = Wolverine.Marten.ConcurrencyStyle;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public sealed record AddNoteRequest(string? Text, long? Version = null);

public sealed class AddNoteValidator : AbstractValidator<AddNoteRequest>
{
    public AddNoteValidator()
    {
        RuleFor(r => r.Text).IsText(Limits.Text);
        RuleFor(r => r.Version).GreaterThan(0);
    }
}

public static class AddNoteEndpoint
{
    [WolverinePost("/api/cases/{id}/notes", Name = "AddNote")]
    public static IResult Post(Guid id, AddNoteRequest request,
        [WriteAggregate(Required = false, LoadStyle = ConcurrencyStyle.Exclusive)] IEventStream<Case> stream, IDocumentSession session, HttpContext http)
    {
        var noteId = Guid.CreateVersion7();
        return CaseWrites.Decide(stream, session, http, request.Version, state => CaseDecisions.AddNote(state, noteId, request.Text!), createdId: noteId);
    }
}
