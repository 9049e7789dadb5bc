using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.History;

/// <summary>One subject across platforms and cases: every case about it and one timeline of all their actions.</summary>
public sealed record SubjectHistory(
    string Key,
    IReadOnlyList<string> Names,
    IReadOnlyList<string> Platforms,
    IReadOnlyList<SubjectCase> Cases,
    IReadOnlyList<SubjectTimelineEntry> Timeline,
    int TimelineTotal,
    IReadOnlyList<SubjectRestriction> Restrictions)
{
    /// <summary>Builds the view from the subject's case histories; the timeline is paged (page from 1).</summary>
    public static SubjectHistory Build(string key, IReadOnlyList<CaseHistory> cases, int page, int pageSize)
    {
        var timeline = cases
            .SelectMany(c => c.Timeline.Select(t => new SubjectTimelineEntry(c.Id, c.Platform, t)))
            .OrderBy(e => e.Entry.OccurredOn is null ? 1 : 0)
            .ThenBy(e => e.Entry.OccurredOn?.SortKey(e.Entry.OccurredOn.Year ?? 0))
            .ThenBy(e => e.Entry.FirstReportedAt)
            .ToList();
        return new SubjectHistory(
            key,
            cases.Select(c => c.Subject.Name).Distinct().ToList(),
            cases.Select(c => c.Platform).Distinct().ToList(),
            cases.Select(c => new SubjectCase(c.Id, c.Platform, c.Subject, c.Status, c.SubjectStatus, c.Timeline.Count(t => t.Withdrawn is null))).ToList(),
            timeline.Skip((page - 1) * pageSize).Take(pageSize).ToList(),
            timeline.Count,
            cases.SelectMany(c => c.Restrictions.Select(r => new SubjectRestriction(c.Id, c.Platform, r))).ToList());
    }
}

public sealed record SubjectCase(Guid CaseId, string Platform, Subject Subject, string Status, string SubjectStatus, int ActionCount);

public sealed record SubjectTimelineEntry(Guid CaseId, string Platform, TimelineEntry Entry);

public sealed record SubjectRestriction(Guid CaseId, string Platform, RestrictionInterval Interval);
