using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.Security;
using CaseTracker.Domain.Cases;
using FluentValidation;
using JasperFx;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

/// <summary>Merges the absorbed case into the survivor; versions, when given, guard both.</summary>
public sealed record MergeCasesRequest(Guid? SurvivorId, Guid? AbsorbedId, string? Rationale, long? SurvivorVersion = null, long? AbsorbedVersion = null);

public sealed class MergeCasesValidator : AbstractValidator<MergeCasesRequest>
{
    public MergeCasesValidator()
    {
        RuleFor(r => r.SurvivorId).NotEmpty();
        RuleFor(r => r.AbsorbedId).NotEmpty();
        RuleFor(r => r.Rationale).IsText(Limits.Text);
        RuleFor(r => r.SurvivorVersion).GreaterThan(0);
        RuleFor(r => r.AbsorbedVersion).GreaterThan(0);
    }
}

public static class MergeCasesEndpoint
{
    [WolverinePost("/api/cases/merge", Name = "MergeCases")]
    public static async Task<IResult> Post(MergeCasesRequest request, IDocumentSession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var survivorEvents = await session.Events.FetchStreamAsync(request.SurvivorId!.Value, token: ct);
        var absorbedEvents = await session.Events.FetchStreamAsync(request.AbsorbedId!.Value, token: ct);
        if (Case.From(survivorEvents.Select(e => e.Data)) is not { } survivor) return Problems.CaseNotFound(request.SurvivorId.Value);
        if (Case.From(absorbedEvents.Select(e => e.Data)) is not { } absorbed) return Problems.CaseNotFound(request.AbsorbedId.Value);
        var (survivorVersion, absorbedVersion) = (survivorEvents[^1].Version, absorbedEvents[^1].Version);
        if (request.SurvivorVersion is { } sv && sv != survivorVersion) return Problems.VersionConflict(survivor.Id, sv, survivorVersion);
        if (request.AbsorbedVersion is { } av && av != absorbedVersion) return Problems.VersionConflict(absorbed.Id, av, absorbedVersion);

        var merge = CaseMerge.Decide(survivor, absorbed, absorbedEvents.Select(e => e.Data).ToList(), request.Rationale!);
        if (merge.Survivor.Refusal is { } refusal) return Problems.Refused(refusal);

        Audit.Stamp(session, http);
        session.Events.Append(survivor.Id, survivorVersion + merge.Survivor.Events.Count, merge.Survivor.Events.ToArray());
        session.Events.Append(absorbed.Id, absorbedVersion + merge.Absorbed.Events.Count, merge.Absorbed.Events.ToArray());
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (ConcurrencyException)
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            return Problems.ConcurrentWrite(survivor.Id);
        }
        return CaseWrites.Answer(http, StatusCodes.Status200OK, new WriteResult(survivor.Id, survivorVersion + merge.Survivor.Events.Count, true, absorbed.Id));
    }
}
