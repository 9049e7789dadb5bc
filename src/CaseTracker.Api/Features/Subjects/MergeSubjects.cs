using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Security;
using CaseTracker.Domain.Subjects;
using CaseTracker.Domain.Vocabulary;
using FluentValidation;
using Marten;
using Marten.Exceptions;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Subjects;

/// <summary>Two names of one subject: the absorbed name's cases show up under the survivor's history from now on.</summary>
public sealed record MergeSubjectsRequest(string? Survivor, string? Absorbed, string? Rationale);

public sealed class MergeSubjectsValidator : AbstractValidator<MergeSubjectsRequest>
{
    public MergeSubjectsValidator()
    {
        RuleFor(r => r.Survivor).IsText(Limits.Name);
        RuleFor(r => r.Absorbed).IsText(Limits.Name);
        RuleFor(r => r.Rationale).IsText(Limits.Text);
    }
}

/// <summary>The subject keys after a merge: the absorbed name now reads as the survivor.</summary>
public sealed record SubjectsMergedAnswer(string Survivor, string Absorbed);

public static class MergeSubjectsEndpoint
{
    [WolverinePost("/api/subjects/merge", Name = "MergeSubjects")]
    public static async Task<IResult> Post(MergeSubjectsRequest request, IDocumentSession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var absorbedKey = SubjectKey.Of(request.Absorbed!);
        var streamId = SubjectMerge.StreamId(absorbedKey);
        var alreadyMerged = await session.Events.FetchStreamStateAsync(streamId, ct) is not null;
        var survivorResolvesTo = await SubjectAliases.CanonicalAsync(session, SubjectKey.Of(request.Survivor!), null, ct);

        var decision = SubjectMerge.Decide(request.Survivor!, request.Absorbed!, survivorResolvesTo, alreadyMerged, request.Rationale!);
        if (decision.Refusal is { } refusal) return Problems.Refused(refusal);
        Audit.Stamp(session, http);
        session.Events.StartStream(streamId, decision.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ExistingStreamIdCollisionException)
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            return Problems.Problem(StatusCodes.Status409Conflict, "subject_merged", "The subject was merged concurrently.", $"'{request.Absorbed}' was already merged into another subject.");
        }
        var merged = (SubjectsMerged)decision.Events[0];
        return Results.Json(new SubjectsMergedAnswer(merged.SurvivorKey, merged.AbsorbedKey), Json.Options);
    }
}
