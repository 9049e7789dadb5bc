using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public sealed record CaseListItem(Guid Id, string Platform, Subject Subject, string? Title, string Status, string SubjectStatus, IReadOnlyList<string> ActionTypes, int ActionCount, long Version, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);

/// <summary>A page of cases and the link to the next one (null on the last page). No total: counting every match on every page was the list's cost.</summary>
public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int PageSize, string? Next);

public static class ListCasesEndpoint
{
    /// <summary>
    /// Cases filtered by platform (exact, any case), subject (part of the name), status (merged ones only
    /// when asked) and action type; newest change first. Paged by keyset: `after` is the token the previous
    /// page's `next` link carries. `page` (an offset) still works for old clients.
    /// </summary>
    [WolverineGet("/api/cases", Name = "ListCases")]
    public static async Task<IResult> Get(string? platform, string? subject, string? status, string? action, int? page, int? pageSize, string? after,
        IQuerySession session, HttpContext http)
    {
        var filter = new CaseListFilter(platform, subject, status, action);
        var errors = new Dictionary<string, string[]>();
        Paging.Check(page, pageSize, errors);
        filter.Check(errors);
        CaseListCursor? cursor = null;
        if (after is not null && !CaseListCursor.TryParse(after, out cursor)) errors["after"] = ["after must be the token of a `next` link this list gave."];
        if (after is not null && page is not null) errors["page"] = ["Give either page or after, not both."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var size = pageSize ?? 20;
        var query = filter.Apply(session.Query<CaseHistory>());
        if (cursor is not null) query = cursor.Following(query);
        query = CaseListFilter.Newest(query);
        if (page is > 1) query = query.Skip((page.Value - 1) * size);
        // One row more than the page says whether there is a next page.
        var rows = await query.Take(size + 1).ToListAsync(http.RequestAborted);
        var shown = rows.Take(size).ToList();
        var next = rows.Count > size ? NextLink(http, CaseListCursor.After(shown[^1])) : null;
        var items = shown.Select(c => new CaseListItem(c.Id, c.Platform, c.Subject, c.Title, c.Status, c.SubjectStatus, c.ActionTypes,
            c.Timeline.Count(t => t.Withdrawn is null), c.Version, c.OpenedAt, c.UpdatedAt)).ToList();
        return Results.Json(new CasePage(items, size, next), Json.Options);
    }

    /// <summary>The same request with the cursor in place of any page or earlier cursor.</summary>
    private static string NextLink(HttpContext http, CaseListCursor cursor)
    {
        var query = http.Request.Query
            .Where(p => p.Key is not ("page" or "after"))
            .Select(p => KeyValuePair.Create(p.Key, (string?)p.Value.ToString()))
            .Append(KeyValuePair.Create("after", (string?)cursor.Token()));
        return http.Request.PathBase + http.Request.Path + QueryString.Create(query);
    }
}
