using System.Text.Json;
using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using Marten;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Search;

public sealed record SearchHit(
    Guid Id, string Kind, string Title, string? Snippet, double Rank, string Href,
    string? Platform, string? Subject, string? Status, string? Outlet, string? Language, string? PublishedOn);

public sealed record SearchPage(string Q, string In, string Sort, IReadOnlyList<SearchHit> Items, int Page, int PageSize, long Total);

public static class SearchEndpoint
{
    private sealed record Found(long Total, List<SearchHit> Items);

    /// <summary>
    /// Full-text search over cases and sources, each text read in its own language; filtered,
    /// sorted by relevance (ts_rank) or newest, paged; snippets highlight the matches with mark.
    /// </summary>
    [WolverineGet("/api/search", Name = "Search")]
    public static async Task<IResult> Get(string? q, string? sort, int? page, int? pageSize, string? platform, string? status,
        string? action, string? language, string? from, string? to, IQuerySession session, HttpContext http)
    {
        // "in" is a C# keyword, which Wolverine's generated binding code cannot name: read it from the query string.
        var @in = http.Request.Query["in"].FirstOrDefault();
        if (SearchQuery.TryParse(q, @in, sort, page, pageSize, platform, status, action, language, from, to, out var query) is { } invalid) return invalid;
        var ct = http.RequestAborted;
        // The tables come into being with their first document; a search before then finds nothing rather than failing.
        foreach (var type in new[] { typeof(CaseHistory), typeof(SourceDocument), typeof(ReviewClaim) })
            await session.Database.EnsureStorageExistsAsync(type, ct);

        var sql = new SearchStatement(session, query).Build();
        var json = (await session.AdvancedSql.QueryAsync<string>('^', sql.Text, ct, sql.Arguments)).Single();
        var found = JsonSerializer.Deserialize<Found>(json, Json.Options)!;
        var items = found.Items.Select(hit => hit with { Snippet = Snippets.ToHtml(hit.Snippet) }).ToList();
        return Results.Json(new SearchPage(query.Q, query.In, query.Sort, items, query.Page, query.PageSize, found.Total), Json.Options);
    }
}
