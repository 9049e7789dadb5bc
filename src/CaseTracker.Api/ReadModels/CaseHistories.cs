using CaseTracker.Api.Features.Subjects;
using CaseTracker.Api.Infrastructure;
using CaseTracker.Domain.Cases;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using Marten;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// Reading case histories, now or as known at a past moment, for one case or for every case of
/// a subject: one place for the history endpoints and the exports.
/// </summary>
public static class CaseHistories
{
    public const string AsOfHint = "asOf must be a timestamp such as 2026-06-07T12:00:00Z.";

    /// <summary>Reads an asOf parameter; false with a 400 problem naming it when it is not a timestamp.</summary>
    public static bool TryReadAsOf(string? asOf, out DateTimeOffset? moment, out IResult? problem)
    {
        moment = null;
        problem = null;
        if (asOf is null) return true;
        if (DateTimeOffset.TryParse(asOf, out var parsed))
        {
            moment = parsed;
            return true;
        }
        problem = Problems.BadRequest("bad_as_of", AsOfHint, "asOf");
        return false;
    }

    /// <summary>
    /// The stored history, or with asOf Marten's live aggregation of the events recorded up to then
    /// (the same projection that keeps the stored one); null when there was no case.
    /// </summary>
    public static async Task<CaseHistory?> LoadAsync(IQuerySession session, Guid id, DateTimeOffset? asOf, CancellationToken ct) =>
        asOf is { } moment
            ? await session.Events.AggregateStreamAsync<CaseHistory>(id, timestamp: moment, token: ct)
            : await session.LoadAsync<CaseHistory>(id, ct);

    /// <summary>No history as of a moment: a 404 that says when the case was opened, when it was opened after that moment.</summary>
    public static async Task<IResult> NotFoundAsOfAsync(IQuerySession session, Guid id, DateTimeOffset? asOf, CancellationToken ct)
    {
        if (asOf is null || await session.LoadAsync<CaseHistory>(id, ct) is not { } now) return Problems.CaseNotFound(id);
        return Problems.Problem(StatusCodes.Status404NotFound, "case_not_yet_opened", "The case did not exist yet at that moment.",
            $"Case {id} was opened at {now.OpenedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}; asOf {asOf.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ} is before that. Ask for a moment after it was opened.",
            new Dictionary<string, object?> { ["openedAt"] = now.OpenedAt });
    }

    /// <summary>
    /// Every case about a subject: its normalised name and the names merged into it (as merged by
    /// then, with asOf), oldest first; merged-away cases live on in their survivors.
    /// </summary>
    public static async Task<(string Canonical, List<CaseHistory> Cases)> OfSubjectAsync(IQuerySession session, string name, DateTimeOffset? asOf, CancellationToken ct)
    {
        var canonical = await SubjectAliases.CanonicalAsync(session, SubjectKey.Of(name), asOf, ct);
        var keys = await SubjectAliases.AllKeysAsync(session, canonical, asOf, ct);
        var merged = CaseStatus.Merged.ToCode();
        var current = await session.Query<CaseHistory>()
            .Where(c => keys.Contains(c.SubjectKey) && c.Status != merged)
            .OrderBy(c => c.OpenedAt).ThenBy(c => c.Id)
            .ToListAsync(ct);
        if (asOf is null) return (canonical, current.ToList());
        var cases = new List<CaseHistory>();
        foreach (var history in current)
            if (await LoadAsync(session, history.Id, asOf, ct) is { } then) cases.Add(then);
        return (canonical, cases);
    }
}
