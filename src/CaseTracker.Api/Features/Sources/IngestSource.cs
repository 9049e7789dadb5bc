using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Infrastructure;
using FluentValidation;
using Marten;
using Wolverine;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Sources;

/// <summary>The answer to an ingestion: the source, whether it is new, and the claims waiting for review.</summary>
public sealed record IngestResult(Guid SourceId, bool Created, string? Language, IReadOnlyList<ReviewClaim> Claims);

public static class IngestSourceEndpoint
{
    /// <summary>
    /// Stores an article and reads its claims into the review queue. The same article again
    /// (same canonical URL or same text) answers 200 with the stored source and writes nothing.
    /// </summary>
    [WolverinePost("/api/sources", Name = "IngestSource")]
    public static async Task<IResult> Post(SourceRequest request, SourceIngestion ingestion, PageFetcher fetcher, IValidator<SourceRequest> validator,
        IDocumentSession session, IDocumentStore store, ClaimReview review, IMessageBus bus, HttpContext http)
    {
        var ct = http.RequestAborted;
        if (request.FetchesPage())
        {
            var (fetched, refusal) = await FetchedSource.CompleteAsync(request, fetcher, validator, ct);
            if (refusal is not null) return refusal.ToProblem();
            request = fetched!;
        }

        var prepared = ingestion.Prepare(request, ct);
        if (prepared.HasNoText) return Problems.Validation(new Dictionary<string, string[]> { ["html"] = [PreparedSource.NoText] });
        if (await SourceIngestion.ExistingAsync(session, prepared, ct) is { } existing)
            return await Answer(store, existing, created: false, http);

        SourceIngestion.Append(session, prepared);
        await AutoAcceptClaims.PublishAsync(bus, review, prepared.SourceId, prepared.Extracted);
        try
        {
            await session.SaveChangesAsync(ct);
        }
        catch (Exception e) when (SourceConflicts.IsDuplicate(e))
        {
            session.EjectAllPendingChanges(); // Wolverine commits the session after the endpoint
            // A concurrent request stored the same article first: answer with that one.
            await using var query = store.QuerySession();
            return await Answer(store, await SourceIngestion.ExistingAsync(query, prepared, ct) ?? prepared.SourceId, created: false, http);
        }

        http.Response.Headers.Location = $"/api/sources/{prepared.SourceId}";
        return await Answer(store, prepared.SourceId, created: true, http);
    }

    private static async Task<IResult> Answer(IDocumentStore store, Guid sourceId, bool created, HttpContext http)
    {
        await using var query = store.QuerySession();
        var source = await query.LoadAsync<SourceDocument>(sourceId, http.RequestAborted);
        var claims = await query.Query<ReviewClaim>().Where(c => c.SourceId == sourceId).ToListAsync(http.RequestAborted);
        var result = new IngestResult(sourceId, created, source?.Language, claims.OrderBy(c => c.FirstQuoteStart).ToList());
        return Results.Json(result, Json.Options, statusCode: created ? StatusCodes.Status201Created : StatusCodes.Status200OK);
    }
}
