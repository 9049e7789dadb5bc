using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;
using Microsoft.AspNetCore.Diagnostics;
using Npgsql;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// One open case per platform and subject, kept by the store: a partial unique index over the case
/// histories (written inline, in the transaction of CaseOpened, CaseClosed, CaseReopened and merges),
/// so two writers racing to open the same subject cannot both commit.
/// </summary>
public static class OpenCases
{
    public const string IndexName = "mt_doc_casehistory_uidx_open_subject";

    public static void Configure(StoreOptions options) =>
        options.Schema.For<CaseHistory>().Index([c => c.PlatformKey, c => c.SubjectKey], index =>
        {
            index.Name = IndexName;
            index.IsUnique = true;
            index.Predicate = $"(data ->> 'status') = '{CaseStatus.Open.ToCode()}'";
        });

    /// <summary>The open case tracking this platform and subject, if there is one.</summary>
    public static async Task<Guid?> FindAsync(IQuerySession session, string platform, string subjectName, CancellationToken ct)
    {
        var platformKey = PlatformRules.KeyOf(platform);
        var subjectKey = SubjectKey.Of(subjectName);
        var open = CaseStatus.Open.ToCode();
        var ids = await session.Query<CaseHistory>()
            .Where(c => c.PlatformKey == platformKey && c.SubjectKey == subjectKey && c.Status == open)
            .OrderBy(c => c.OpenedAt).Select(c => c.Id).Take(1).ToListAsync(ct);
        return ids.Count > 0 ? ids[0] : null;
    }

    /// <summary>True when a save failed because the subject already had an open case on that platform.</summary>
    public static bool IsDuplicate(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
            if (e is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique && unique.ConstraintName == IndexName) return true;
        return false;
    }

    /// <summary>409 pointing at the case that already tracks the subject (Location and caseId), so the client can add to it.</summary>
    public static IResult AlreadyOpen(HttpContext http, Guid existing, string platform, string subjectName)
    {
        http.Response.Headers.Location = $"/api/cases/{existing}";
        return Problems.Problem(StatusCodes.Status409Conflict, "case_already_open", "This subject already has an open case on this platform.",
            $"{platform} / {subjectName.Trim()} is tracked in case {existing} (/api/cases/{existing}): add to that case instead of opening another.",
            new Dictionary<string, object?> { ["caseId"] = existing, ["case"] = $"/api/cases/{existing}" });
    }
}

/// <summary>Any other write that would leave two open cases for one subject (reopening, merging) is a 409, not a 500.</summary>
public sealed class OpenCaseConflictHandler : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (!OpenCases.IsDuplicate(exception)) return false;
        await Problems.Problem(StatusCodes.Status409Conflict, "case_already_open", "This subject already has an open case on this platform.",
            "Another case for the same platform and subject is open: close one, or merge them, first.").ExecuteAsync(http);
        return true;
    }
}
