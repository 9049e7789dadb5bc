using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.ReadModels;
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

        if (!CaseHistories.TryReadAsOf(asOf, out var moment, out var badAsOf)) return badAsOf!;
        var history = await CaseHistories.LoadAsync(session, id, moment, http.RequestAborted);
        if (history is null) return await CaseHistories.NotFoundAsOfAsync(session, id, moment, http.RequestAborted);
        if (history.MergedInto is { } survivor)
            return Results.Redirect($"/api/cases/{survivor}{http.Request.QueryString}", permanent: true, preserveMethod: true);
        range?.Apply(history);
        http.Response.Headers.ETag = ExpectedVersion.ETag(history.Version);
        return Results.Json(history, Json.Options);
    }
}
