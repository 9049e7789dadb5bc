using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Subjects;

public static class GetSubjectHistoryEndpoint
{
    /// <summary>
    /// One subject across all platforms and cases, matched by its normalised name and the names
    /// merged into it; with asOf, as the tracker knew it then. The combined timeline is paged.
    /// </summary>
    [WolverineGet("/api/subjects/{name}/history", Name = "GetSubjectHistory")]
    public static async Task<IResult> Get(string name, string? asOf, int? page, int? pageSize, IQuerySession session, HttpContext http)
    {
        var ct = http.RequestAborted;
        var errors = new Dictionary<string, string[]>();
        if (!CaseHistories.TryReadAsOf(asOf, out var moment, out _)) errors["asOf"] = [CaseHistories.AsOfHint];
        Paging.Check(page, pageSize, errors);
        if (SubjectKey.Of(name).Length == 0) errors["name"] = ["The subject name is empty."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var (canonical, cases) = await CaseHistories.OfSubjectAsync(session, name, moment, ct);
        if (cases.Count == 0)
            return Problems.Problem(StatusCodes.Status404NotFound, "subject_not_found", "Subject not found.", $"No case follows a subject named '{name}'.");
        return Results.Json(SubjectHistory.Build(canonical, cases, page ?? 1, pageSize ?? 50), Json.Options);
    }
}
