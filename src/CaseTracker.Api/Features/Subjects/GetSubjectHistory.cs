using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
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
        DateTimeOffset? moment = null;
        if (asOf is not null)
        {
            if (DateTimeOffset.TryParse(asOf, out var parsed)) moment = parsed;
            else errors["asOf"] = ["asOf must be a timestamp such as 2026-06-07T12:00:00Z."];
        }
        if (page is < 1) errors["page"] = ["page starts at 1."];
        if (pageSize is < 1 or > 100) errors["pageSize"] = ["pageSize must be between 1 and 100."];
        if (SubjectKey.Of(name).Length == 0) errors["name"] = ["The subject name is empty."];
        if (errors.Count > 0) return Problems.Validation(errors);

        var canonical = await SubjectAliases.CanonicalAsync(session, SubjectKey.Of(name), moment, ct);
        var keys = await SubjectAliases.AllKeysAsync(session, canonical, moment, ct);
        var merged = CaseStatus.Merged.ToCode();
        var current = await session.Query<CaseHistory>().Where(c => keys.Contains(c.SubjectKey) && c.Status != merged).ToListAsync(ct);

        var cases = new List<CaseHistory>();
        if (moment is null) cases.AddRange(current);
        else
        {
            foreach (var id in current.Select(c => c.Id))
            {
                var events = await session.Events.FetchStreamAsync(id, timestamp: moment, token: ct);
                if (events.Count > 0) cases.Add(CaseHistoryFold.Build(events.Select(e => (e.Data, e.Timestamp, e.Version))));
            }
        }
        if (cases.Count == 0)
            return Problems.Problem(StatusCodes.Status404NotFound, "subject_not_found", "Subject not found.", $"No case follows a subject named '{name}'.");
        return Results.Json(SubjectHistory.Build(canonical, cases.OrderBy(c => c.OpenedAt).ToList(), page ?? 1, pageSize ?? 50), Json.Options);
    }
}
