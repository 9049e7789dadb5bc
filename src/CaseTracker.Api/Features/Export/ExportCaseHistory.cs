using CaseTracker.Api.Infrastructure;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Export;

public static class ExportCaseHistoryEndpoint
{
    /// <summary>One case as a file: its actions as CSV/JSON rows, as DSA-shaped statements, or (JSON) the history document; asOf as for the history.</summary>
    [WolverineGet("/api/cases/{id}/export", Name = "ExportCaseHistory")]
    public static async Task<IResult> Get(Guid id, string? format, string? shape, string? asOf, IQuerySession session, HttpContext http)
    {
        if (ExportOptions.TryParse(format, shape, out var options) is { } badOptions) return badOptions;
        var (history, problem) = await CaseExportSource.LoadAsync(session, id, asOf, http.RequestAborted);
        if (problem is not null) return problem;
        if (history is null) return Problems.CaseNotFound(id);
        // An absorbed case lives on in the case it was merged into.
        if (history.MergedInto is { } survivor) return Results.Redirect($"/api/cases/{survivor}/export{http.Request.QueryString}", preserveMethod: true);
        http.Response.Headers.ETag = ExpectedVersion.ETag(history.Version);
        return CaseExportSource.Export([history], history, options, $"case-{id}");
    }
}
