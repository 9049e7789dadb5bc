using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>One stacked segment of a month's bar: an action type and how many.</summary>
public sealed record ChartSegment(ActionType Type, int Count, double Y, double Height);

public sealed record ChartBar(string Label, double X, double Width, IReadOnlyList<ChartSegment> Segments, int Total, bool DateUnknown);

/// <summary>
/// A platform's actions by the month they happened, stacked by action type. Actions whose year or
/// month the sources do not give are counted in a bar of their own, never in the month they were
/// recorded. Withdrawn actions are not counted.
/// </summary>
public sealed class MonthlyChart
{
    public const double Width = 760, Height = 260, Left = 36, Bottom = 36, Top = 12;

    public List<ChartBar> Bars { get; } = [];
    public int Max { get; private set; }
    public IReadOnlyList<ActionType> Types { get; private set; } = [];

    public static MonthlyChart Build(IEnumerable<CaseHistory> cases)
    {
        var actions = cases.SelectMany(c => c.Timeline).Where(t => t.Withdrawn is null).ToList();
        var dated = actions.Where(a => a.OccurredOn is { Year: not null, Month: not null })
            .GroupBy(a => new DateOnly(a.OccurredOn!.Year!.Value, a.OccurredOn.Month!.Value, 1)).ToDictionary(g => g.Key, g => g.ToList());
        var unknown = actions.Where(a => a.OccurredOn is not { Year: not null, Month: not null }).ToList();

        var months = new List<(string Label, List<TimelineEntry> Entries, bool Unknown)>();
        if (dated.Count > 0)
            for (var m = dated.Keys.Min(); m <= dated.Keys.Max(); m = m.AddMonths(1))
                months.Add((m.ToString("yyyy-MM"), dated.GetValueOrDefault(m) ?? [], false));
        if (unknown.Count > 0) months.Add((Texts.T("Date unknown"), unknown, true));

        var chart = new MonthlyChart { Max = Math.Max(1, months.Select(m => m.Entries.Count).DefaultIfEmpty(0).Max()) };
        chart.Types = actions.Select(a => a.Type).Distinct().Order().ToList();
        var slot = (Width - Left - 8) / Math.Max(1, months.Count);
        var plot = Height - Top - Bottom;
        for (var i = 0; i < months.Count; i++)
        {
            var (label, entries, isUnknown) = months[i];
            var y = Height - Bottom;
            var segments = new List<ChartSegment>();
            foreach (var group in entries.GroupBy(e => e.Type).OrderBy(g => g.Key))
            {
                var h = group.Count() * plot / chart.Max;
                y -= h;
                segments.Add(new ChartSegment(group.Key, group.Count(), y, h));
            }
            chart.Bars.Add(new ChartBar(label, Left + i * slot + slot * 0.15, Math.Max(2, slot * 0.7), segments, entries.Count, isUnknown));
        }
        return chart;
    }

    /// <summary>Colours per action type, distinguishable and dark enough on white.</summary>
    public static string Colour(ActionType type) => type switch
    {
        ActionType.Suspended => "#b3261e",
        ActionType.Terminated => "#5c0f0a",
        ActionType.Restricted => "#c25e00",
        ActionType.ContentRemoved => "#7b3fa0",
        ActionType.GeoBlocked => "#0b57a4",
        ActionType.Demonetized => "#8a6d00",
        ActionType.Reinstated => "#1e6b34",
        ActionType.Warned => "#4a5360",
        _ => "#2f3a45",
    };
}
