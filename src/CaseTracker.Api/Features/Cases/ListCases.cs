using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Marten.Pagination;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public sealed record CaseListItem(Guid Id, string Platform, Subject Subject, string? Title, string Status, string SubjectStatus, IReadOnlyList<string> ActionTypes, int ActionCount, long Version, DateTimeOffset OpenedAt, DateTimeOffset UpdatedAt);

public sealed record CasePage(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, long Total);

public static class ListCasesEndpoint
{

    /// <summary>Cases filtered by platform (exact, any case), subject (part of the name), status (merged ones only when asked) and action type; newest change first.</summary>
    [WolverineGet("/api/cases", Name = "ListCases")]
    public static async Task<IResult> Get(string? platform, string? subject, string? status, string? action, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var errors = new Dictionary<string, string[]>();
        Paging.Check(page, pageSize, errors);
        if (status is not null && status is not ("open" or "closed" or "merged")) errors["status"] = ["status must be open, closed or merged."];
        if (action is not null && !Codes.IsKnown<ActionType>(action)) errors["action"] = [$"'{action}' is not a known action type; use one of: {string.Join(", ", Codes.All<ActionType>())}."];
        if (errors.Count > 0) return Problems.Validation(errors);

        IQueryable<CaseHistory> query = session.Query<CaseHistory>();
        if (!string.IsNullOrWhiteSpace(platform) && PlatformRules.KeyOf(platform) is var platformKey) query = query.Where(c => c.PlatformKey == platformKey);
        if (!string.IsNullOrWhiteSpace(subject)) query = query.Where(c => c.SubjectKey.Contains(SubjectKey.Of(subject)));
        // Merged cases live on in their survivors: listed only when asked for.
        var wanted = status;
        query = wanted is null ? query.Where(c => c.Status != "merged") : query.Where(c => c.Status == wanted);
        if (action is not null) query = query.Where(c => c.ActionTypes.Contains(action));

        var results = await query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id)
            .ToPagedListAsync(page ?? 1, pageSize ?? 20, http.RequestAborted);
        var items = results.Select(c => new CaseListItem(c.Id, c.Platform, c.Subject, c.Title, c.Status, c.SubjectStatus, c.ActionTypes,
            c.Timeline.Count(t => t.Withdrawn is null), c.Version, c.OpenedAt, c.UpdatedAt)).ToList();
        return Results.Json(new CasePage(items, (int)results.PageNumber, (int)results.PageSize, results.TotalItemCount), Json.Options);
    }
}
