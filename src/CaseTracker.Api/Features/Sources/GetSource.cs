using CaseTracker.Api.Infrastructure;
using Marten;
using Wolverine.Http;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Sources;

public static class GetSourceEndpoint
{
    [WolverineGet("/api/sources/{id}", Name = "GetSource")]
    public static async Task<IResult> Get(Guid id, IQuerySession session, HttpContext http)
    {
        var source = await session.LoadAsync<SourceDocument>(id, http.RequestAborted);
        return source is null
            ? Problems.SourceNotFound(id)
            : Results.Json(source, Json.Options);
    }
}
