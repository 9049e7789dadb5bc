using CaseTracker.Api.Infrastructure;
using CaseTracker.Api.ReadModels;
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
        if (!CaseHistories.TryReadAsOf(asOf, out var moment, out var badAsOf)) return badAsOf!;
        var (canonical, cases) = await CaseHistories.OfSubjectAsync(session, subjectKey, moment, ct);
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
