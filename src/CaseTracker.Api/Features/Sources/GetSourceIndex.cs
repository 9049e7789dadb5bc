using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.ReadModels;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Sources;

public sealed record SourceIndexPage(
    Guid SourceId, string? Outlet, string? Title, string? Url, string? Language, DateOnly? PublishedOn,
    IReadOnlyList<Guid> Cases, IReadOnlyList<IndexedClaim> Claims,
    IReadOnlyList<SourceCitation> Items, int Page, int PageSize, long Total);

public static class GetSourceIndexEndpoint
{

    /// <summary>
    /// Everything that cites one source: its claims with their status and case, the cases it feeds,
    /// and (paged, in the order recorded) each action, corroboration, dispute and reason quoting it.
    /// </summary>
    [WolverineGet("/api/sources/{id}/index", Name = "GetSourceIndex")]
    public static async Task<IResult> Get(Guid id, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(page, pageSize, errors);
        if (errors.Count > 0) return Problems.Validation(errors);

        var index = await session.LoadAsync<SourceIndex>(id, http.RequestAborted);
        if (index is not { Ingested: true })
            return Problems.SourceNotFound(id);

        int number = page ?? 1, size = pageSize ?? 20;
        var cases = index.Citations.Select(c => c.CaseId)
            .Concat(index.Claims.Where(c => c.CaseId is not null).Select(c => c.CaseId!.Value)).Distinct().ToList();
        var items = index.Citations.Skip((number - 1) * size).Take(size).ToList();
        return Results.Json(new SourceIndexPage(index.Id, index.Outlet, index.Title, index.Url, index.Language, index.PublishedOn,
            cases, index.Claims, items, number, size, index.Citations.Count), Json.Options);
    }
}
