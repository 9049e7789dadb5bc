using CaseTracker.Api.Features.Subjects;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Export;

public static class ExportSubjectHistoryEndpoint
{
    /// <summary>
    /// One subject across platforms, found as GET /api/subjects/{name}/history finds it (normalised
    /// name and the names merged into it): its actions as rows or DSA statements, or (JSON) the
    /// subject history with its whole timeline; asOf as for the history.
    /// </summary>
    [WolverineGet("/api/subjects/{key}/export", Name = "ExportSubjectHistory")]
    public static async Task<IResult> Get(string key, string? format, string? shape, string? asOf, IQuerySession session, HttpContext http)
    {
        if (ExportOptions.TryParse(format, shape, out var options) is { } badOptions) return badOptions;
        var ct = http.RequestAborted;
        var subjectKey = SubjectKey.Of(key);
        if (subjectKey.Length == 0) return Problems.BadRequest("bad_subject_key", "The subject key must name a subject.", "key");
        DateTimeOffset? moment = null;
        if (asOf is not null)
        {
            if (!DateTimeOffset.TryParse(asOf, out var parsed)) return Problems.BadRequest("bad_as_of", "asOf must be a timestamp such as 2026-06-07T12:00:00Z.", "asOf");
            moment = parsed;
        }

        var canonical = await SubjectAliases.CanonicalAsync(session, subjectKey, moment, ct);
        var keys = await SubjectAliases.AllKeysAsync(session, canonical, moment, ct);
        var current = await session.Query<CaseHistory>()
            .Where(c => keys.Contains(c.SubjectKey) && c.Status != "merged")
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .ToListAsync(ct);
        var cases = new List<CaseHistory>();
        foreach (var history in current)
        {
            if (moment is null) { cases.Add(history); continue; }
            var (then, _) = await CaseExportSource.LoadAsync(session, history.Id, asOf, ct);
            if (then is not null) cases.Add(then);
        }
        if (cases.Count == 0)
            return Problems.Problem(StatusCodes.Status404NotFound, "subject_not_found", "Subject not found.", $"No case follows a subject named '{subjectKey}'.");
        var document = SubjectHistory.Build(canonical, cases, 1, Math.Max(1, cases.Sum(c => c.Timeline.Count)));
        return CaseExportSource.Export(cases, document, options, $"subject-{Slug(canonical)}");
    }

    /// <summary>A file-name-safe form of the key: letters and digits kept (any script), the rest become dashes.</summary>
    private static string Slug(string key)
    {
        var slug = new string(key.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "subject" : slug[..Math.Min(slug.Length, 80)];
    }
}
