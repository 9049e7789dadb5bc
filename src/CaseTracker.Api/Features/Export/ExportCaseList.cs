using CaseTracker.Api.Features.Cases;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Export;

public static class ExportCaseListEndpoint
{
    /// <summary>
    /// Every case GET /api/cases would list for the same filters (platform, subject, status, action),
    /// unpaged, newest change first: rows, DSA statements, or (JSON) the case histories.
    /// </summary>
    [WolverineGet("/api/cases/export", Name = "ExportCaseList")]
    public static async Task<IResult> Get(string? platform, string? subject, string? status, string? action, string? format, string? shape,
        IQuerySession session, IConfiguration configuration, HttpContext http)
    {
        if (ExportOptions.TryParse(format, shape, out var options) is { } badOptions) return badOptions;
        var filter = new CaseListFilter(platform, subject, status, action);
        var errors = new Dictionary<string, string[]>();
        filter.Check(errors);
        if (errors.Count > 0) return Problems.Validation(errors);

        // As the list: merged cases live on in their survivors and are exported only when asked for.
        var query = CaseListFilter.Newest(filter.Apply(session.Query<CaseHistory>()));

        // One response holds the whole export: past the limit, the caller narrows the filters instead of getting a cut-off file.
        var limit = configuration.GetValue("Export:MaxCases", 10_000);
        var cases = await query.Take(limit + 1).ToListAsync(http.RequestAborted);
        if (cases.Count > limit)
            return Problems.Problem(StatusCodes.Status400BadRequest, "export_too_large", "The export is too large.",
                $"More than {limit} cases match; narrow the filters (platform, subject, status, action).");
        return CaseExportSource.Export(cases, cases, options, "cases");
    }
}
