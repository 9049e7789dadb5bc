using CaseTracker.Api.Infrastructure;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Cases;

/// <summary>One event as recorded: its position, type, recording time, who recorded it in which request, and data.</summary>
public sealed record RecordedEvent(long Version, long Sequence, string Type, DateTimeOffset RecordedAt, string? RecordedBy, string? CorrelationId, object Data);

public static class GetCaseEventsEndpoint
{
    [WolverineGet("/api/cases/{id}/events", Name = "GetCaseEvents")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http)
    {
        var events = await session.Events.FetchStreamAsync(id, token: http.RequestAborted);
        if (events.Count == 0) return Problems.CaseNotFound(id);
        http.Response.Headers.ETag = ExpectedVersion.ETag(events[^1].Version);
        return Results.Json(events.Select(e => new RecordedEvent(e.Version, e.Sequence, e.EventTypeName, e.Timestamp, e.UserName, e.CorrelationId, e.Data)), Json.Options);
    }
}
