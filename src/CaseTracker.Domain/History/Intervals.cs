using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.History;

/// <summary>Links restrictions to the reinstatements that end them and measures the time between.</summary>
public static class Intervals
{
    public const string NoKnownEarlierRestriction = "no_known_earlier_restriction";

    /// <summary>
    /// Walks the timeline in order: each reinstatement ends every restriction still open before
    /// it; a reinstatement with nothing open is flagged.
    /// </summary>
    public static List<RestrictionInterval> Link(IReadOnlyList<TimelineEntry> timeline)
    {
        var intervals = new List<RestrictionInterval>();
        var open = new List<TimelineEntry>();
        foreach (var entry in timeline) entry.Flags.Remove(NoKnownEarlierRestriction);
        foreach (var entry in timeline.Where(e => e.Withdrawn is null))
        {
            if (entry.Type.IsRestriction())
            {
                open.Add(entry);
            }
            else if (entry.Type == ActionType.Reinstated)
            {
                if (open.Count == 0) entry.Flags.Add(NoKnownEarlierRestriction);
                intervals.AddRange(open.Select(r => new RestrictionInterval(r.ActionId, r.Type, r.OccurredOn, entry.ActionId, entry.OccurredOn, false, Between(r.OccurredOn, entry.OccurredOn))));
                open.Clear();
            }
        }
        intervals.AddRange(open.Select(r => new RestrictionInterval(r.ActionId, r.Type, r.OccurredOn, null, null, true, null)));
        return intervals;
    }

    /// <summary>
    /// The time between two dates at the precision both allow; null when either is missing, when only
    /// the end has a year, or when they are out of order (also once the end is read in the start's year).
    /// </summary>
    public static Duration? Between(PartialDate? from, PartialDate? to)
    {
        if (from is null || to is null) return null;
        var approximate = from.Approximate || to.Approximate || from.YearInferred || to.YearInferred;
        var assumesSameYear = false;
        int fromYear, toYear;
        if (from.Year is { } fy && to.Year is { } ty) (fromYear, toYear) = (fy, ty);
        else if (from.Year is null && to.Year is null) { (fromYear, toYear) = (2000, 2000); assumesSameYear = true; }
        // An end without a year ("--03-02" after 2023-02-14) is read in the start's year, and marked as assumed;
        // if that puts it before the start, nothing is assumed (it may be any later year).
        else if (from.Year is { } startYear) { (fromYear, toYear) = (startYear, startYear); assumesSameYear = true; }
        else return null;

        var precision = (DatePrecision)Math.Min((int)from.Precision, (int)to.Precision);
        int amount = precision switch
        {
            DatePrecision.Day => new DateOnly(toYear, to.Month!.Value, to.Day!.Value).DayNumber - new DateOnly(fromYear, from.Month!.Value, from.Day!.Value).DayNumber,
            DatePrecision.Month => (toYear * 12 + to.Month!.Value) - (fromYear * 12 + from.Month!.Value),
            _ => assumesSameYear ? -1 : toYear - fromYear,
        };
        return amount < 0 ? null : new Duration(precision, amount, assumesSameYear, approximate);
    }

    /// <summary>Total restricted time when every closed interval is measured in the same unit; open intervals are excluded.</summary>
    public static Duration? Total(IReadOnlyList<RestrictionInterval> intervals)
    {
        // Restrictions ended by one reinstatement overlap: count the longest of them once.
        var measured = intervals.Where(i => i.Duration is not null)
            .GroupBy(i => i.EndedByActionId)
            .Select(g => g.Select(i => i.Duration!).MaxBy(d => d.Amount)!)
            .ToList();
        if (measured.Count == 0) return null;
        var precision = measured.Min(d => d.Precision);
        if (measured.Any(d => d.Precision != precision)) return null;
        return new Duration(precision, measured.Sum(d => d.Amount), measured.Any(d => d.AssumesSameYear), measured.Any(d => d.Approximate));
    }
}
