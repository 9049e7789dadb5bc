using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
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
        var errors = new Dictionary<string, string[]>();
        if (status is not null && status is not ("open" or "closed" or "merged")) errors["status"] = ["status must be open, closed or merged."];
        if (action is not null && !Codes.IsKnown<ActionType>(action)) errors["action"] = [$"'{action}' is not a known action type; use one of: {string.Join(", ", Codes.All<ActionType>())}."];
        if (errors.Count > 0) return Problems.Validation(errors);

        IQueryable<CaseHistory> query = session.Query<CaseHistory>();
        // As the list: merged cases live on in their survivors and are exported only when asked for.
        query = status is null ? query.Where(c => c.Status != "merged") : query.Where(c => c.Status == status);
        if (!string.IsNullOrWhiteSpace(platform) && PlatformRules.KeyOf(platform) is var platformKey) query = query.Where(c => c.PlatformKey == platformKey);
        if (!string.IsNullOrWhiteSpace(subject)) query = query.Where(c => c.SubjectKey.Contains(SubjectKey.Of(subject)));
        if (action is not null) query = query.Where(c => c.ActionTypes.Contains(action));

        // One response holds the whole export: past the limit, the caller narrows the filters instead of getting a cut-off file.
        var limit = configuration.GetValue("Export:MaxCases", 10_000);
        var cases = await query.OrderByDescending(c => c.UpdatedAt).ThenBy(c => c.Id).Take(limit + 1).ToListAsync(http.RequestAborted);
        if (cases.Count > limit)
            return Problems.Problem(StatusCodes.Status400BadRequest, "export_too_large", "The export is too large.",
                $"More than {limit} cases match; narrow the filters (platform, subject, status, action).");
        return CaseExportSource.Export(cases, cases, options, "cases");
    }
}
