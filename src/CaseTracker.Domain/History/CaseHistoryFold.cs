using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.History;

/// <summary>
/// Folds one case's events into its history. Pure: the caller passes each event with the time
/// the tracker recorded it and its stream version, so "as of" views fold a prefix of the stream.
/// </summary>
public static class CaseHistoryFold
{
    public static CaseHistory Build(IEnumerable<(object Data, DateTimeOffset RecordedAt, long Version)> events)
    {
        CaseHistory? history = null;
        foreach (var (data, at, version) in events) history = Apply(history, data, at, version);
        return history ?? throw new InvalidOperationException("A case history needs its CaseOpened event.");
    }

    /// <summary>The history after one more event; null until the case's CaseOpened has been seen.</summary>
    public static CaseHistory? Apply(CaseHistory? history, object data, DateTimeOffset recordedAt, long version)
    {
        if (data is CaseOpened opened)
        {
            history = new CaseHistory
            {
                Id = opened.CaseId, Platform = opened.Platform, Subject = opened.Subject, Title = opened.Title,
                OpenedAt = recordedAt,
            };
        }
        if (history is null) return null;
        history.Version = version;
        history.UpdatedAt = recordedAt;

        switch (data)
        {
            case ActionRecorded e:
                history.Timeline.Add(new TimelineEntry
                {
                    ActionId = e.ActionId, Type = e.Type, OccurredOn = e.OccurredOn, ReportedDate = e.OccurredOn, Scope = e.Scope,
                    FirstReportedAt = recordedAt, ReportedAtVersion = version,
                    Sources = [CitedSource.From(e.Citation, recordedAt)],
                });
                break;
            case ActionCorroborated e:
                Entry(history, e.ActionId)?.Sources.Add(CitedSource.From(e.Citation, recordedAt));
                break;
            case ActionDisputed e:
                Entry(history, e.ActionId)?.Disputes.Add(new DisputeEntry(e.Kind, e.ClaimedDate, e.Note, CitedSource.From(e.Citation, recordedAt)));
                break;
            case ActionWithdrawn e when Entry(history, e.ActionId) is { } withdrawn:
                withdrawn.Withdrawn = new Withdrawal(e.Rationale, recordedAt);
                break;
            case ReasonStated e:
                var reason = new ReasonEntry(e.ReasonId, e.ActionId, e.StatedBy, e.Category, e.Text, e.Language, CitedSource.From(e.Citation, recordedAt));
                var party = e.StatedBy.ToCode();
                if (!history.ReasonsByParty.TryGetValue(party, out var list)) history.ReasonsByParty[party] = list = [];
                list.Add(reason);
                if (e.ActionId is { } actionId) Entry(history, actionId)?.Reasons.Add(reason);
                break;
            case ActionDisputeResolved e when Entry(history, e.ActionId) is { } resolved:
                resolved.Resolution = new Resolution(e.ChosenReading, e.Rationale, recordedAt);
                // A date dispute settled on a date moves the action there; the reported date stays beside it.
                if (resolved.Disputes.Any(d => d.Kind == DisputeKind.OtherDate) && PartialDate.TryParse(e.ChosenReading, out _) is { } chosen)
                    resolved.OccurredOn = chosen;
                break;
            case CasesMerged e:
                history.MergedFrom.Add(e.AbsorbedCaseId);
                break;
            case CaseMergedInto e:
                history.Status = CaseStatus.Merged.ToCode();
                history.MergedInto = e.SurvivorCaseId;
                break;
            case CaseNoteAdded e:
                history.Notes.Add(new NoteEntry(e.NoteId, e.Text, recordedAt));
                break;
            case CaseClosed:
                history.Status = CaseStatus.Closed.ToCode();
                break;
            case CaseReopened:
                history.Status = CaseStatus.Open.ToCode();
                break;
        }
        Derive(history);
        return history;
    }

    private static TimelineEntry? Entry(CaseHistory history, Guid actionId) => history.Timeline.Find(t => t.ActionId == actionId);

    /// <summary>Recomputes the parts that depend on the whole timeline.</summary>
    private static void Derive(CaseHistory history)
    {
        foreach (var entry in history.Timeline) Corroboration.Weigh(entry);
        history.Contradictions = history.Timeline.Where(t => t.Withdrawn is null).SelectMany(Contradictions.Of).ToList();
        foreach (var entry in history.Timeline)
            entry.Contradicted = entry.Resolution is null && history.Contradictions.Any(c => c.ActionId == entry.ActionId);
        history.Timeline = Order(history.Timeline);
        history.PlatformKey = history.Platform.ToLowerInvariant();
        history.SubjectKey = SubjectKey.Of(history.Subject.Name);
        history.ActionTypes = history.Timeline.Where(t => t.Withdrawn is null).Select(t => t.Type.ToCode()).Distinct().ToList();
        history.Restrictions = Intervals.Link(history.Timeline);
        history.TotalRestricted = Intervals.Total(history.Restrictions);
        history.SubjectStatus = history.Timeline.LastOrDefault(t => t.Withdrawn is null && t.Type is not (ActionType.Warned or ActionType.Other))?.Type.ToCode()
            ?? CaseHistory.NoKnownAction;
    }

    /// <summary>
    /// Dated actions in date order; a year-less date (--06-10) is read in the year of the dated
    /// action reported before it (else the earliest known year); each undated action stays right
    /// after the action reported just before it, so "later reinstated" follows the suspension
    /// it was reported with.
    /// </summary>
    public static List<TimelineEntry> Order(IReadOnlyList<TimelineEntry> entries)
    {
        var byReport = entries.OrderBy(e => e.ReportedAtVersion).ToList();
        var earliestYear = byReport.Select(e => e.OccurredOn?.Year).Where(y => y is not null).DefaultIfEmpty(null).Min() ?? 0;
        var assumedYear = new Dictionary<Guid, int>();
        var contextYear = earliestYear;
        foreach (var entry in byReport)
        {
            if (entry.OccurredOn?.Year is { } year) contextYear = year;
            assumedYear[entry.ActionId] = contextYear;
        }
        var ordered = byReport.Where(e => e.OccurredOn is not null)
            .OrderBy(e => e.OccurredOn!.SortKey(assumedYear[e.ActionId])).ThenBy(e => e.ReportedAtVersion).ToList();
        foreach (var (undated, index) in byReport.Select((e, i) => (e, i)).Where(p => p.e.OccurredOn is null))
        {
            var anchor = index == 0 ? null : byReport[index - 1];
            var at = anchor is null ? 0 : ordered.IndexOf(anchor) + 1;
            ordered.Insert(at, undated);
        }
        return ordered;
    }
}
