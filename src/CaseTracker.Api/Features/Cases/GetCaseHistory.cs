using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

public static class GetCaseHistoryEndpoint
{
    /// <summary>
    /// The case history; with asOf, the history as the tracker knew it at that moment (only the
    /// events recorded up to then are folded); with occurredFrom/occurredTo (partial dates), only
    /// the actions that happened in that range (undated actions and year-less dates are left out).
    /// A case merged into another redirects there (308).
    /// </summary>
    [WolverineGet("/api/cases/{id}", Name = "GetCaseHistory")]
    public static async Task<IResult> Get(Guid id, string? asOf, string? occurredFrom, string? occurredTo, IQuerySession session, HttpContext http)
    {
        var range = TimelineRange.TryRead(occurredFrom, occurredTo, out var badRange);
        if (badRange is not null) return badRange;

        CaseHistory? history;
        if (asOf is null)
        {
            history = await session.LoadAsync<CaseHistory>(id, http.RequestAborted);
        }
        else
        {
            if (!DateTimeOffset.TryParse(asOf, out var moment))
                return Problems.BadRequest("bad_as_of", "asOf must be a timestamp such as 2026-06-07T12:00:00Z.", "asOf");
            var events = await session.Events.FetchStreamAsync(id, timestamp: moment, token: http.RequestAborted);
            history = events.Count == 0 ? null : CaseHistoryFold.Build(events.Select(e => (e.Data, e.Timestamp, e.Version)));
        }
        if (history is null) return Problems.CaseNotFound(id);
        if (history.MergedInto is { } survivor)
            return Results.Redirect($"/api/cases/{survivor}{http.Request.QueryString}", permanent: true, preserveMethod: true);
        range?.Apply(history);
        http.Response.Headers.ETag = ExpectedVersion.ETag(history.Version);
        return Results.Json(history, Json.Options);
    }
}
