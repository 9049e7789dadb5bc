using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Wolverine.Http;

namespace CaseTracker.Api.Features.Export;

public static class ExportSubjectHistoryEndpoint
{
    /// <summary>
    /// One subject across platforms: the actions of every case whose subject has this key (names
    /// compare as SubjectKey.Of spells them), as rows, DSA statements or (JSON) the case histories.
    /// </summary>
    [WolverineGet("/api/subjects/{key}/export", Name = "ExportSubjectHistory")]
    public static async Task<IResult> Get(string key, string? format, string? shape, IQuerySession session, HttpContext http)
    {
        if (ExportOptions.TryParse(format, shape, out var options) is { } badOptions) return badOptions;
        var subjectKey = SubjectKey.Of(Uri.UnescapeDataString(key));
        if (subjectKey.Length == 0) return Problems.BadRequest("bad_subject_key", "The subject key must name a subject.", "key");

        var cases = await session.Query<CaseHistory>()
            .Where(c => c.SubjectKey == subjectKey && c.MergedInto == null)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .ToListAsync(http.RequestAborted);
        if (cases.Count == 0)
            return Problems.Problem(StatusCodes.Status404NotFound, "subject_not_found", "Subject not found.", $"No case is about a subject named '{subjectKey}'.");
        return CaseExportSource.Export(cases, cases, options, $"subject-{Slug(subjectKey)}");
    }

    /// <summary>A file-name-safe form of the key: letters and digits kept (any script), the rest become dashes.</summary>
    private static string Slug(string key)
    {
        var slug = new string(key.Select(c => char.IsLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');
        return slug.Length == 0 ? "subject" : slug[..Math.Min(slug.Length, 80)];
    }
}
