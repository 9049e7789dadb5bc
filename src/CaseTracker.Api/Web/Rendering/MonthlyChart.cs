using System.Globalization;
using CaseTracker.Api.ReadModels;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>One stacked segment of a month's bar: an action type and how many.</summary>
public sealed record ChartSegment(ActionType Type, int Count, double Y, double Height);

public sealed record ChartBar(string Label, double X, double Width, IReadOnlyList<ChartSegment> Segments, int Total, bool DateUnknown);

/// <summary>
/// A platform's actions by the month they happened, stacked by action type, drawn from the
/// PlatformActivity read model the API answers from. Actions whose year or month the sources do
/// not give (or that have no date) are in its "unknown" month, drawn as a bar of their own, never
/// in the month they were recorded. Withdrawn actions are not in the read model.
/// </summary>
public sealed class MonthlyChart
{
    public const double Width = 760, Height = 260, Left = 36, Bottom = 36, Top = 12;

    public List<ChartBar> Bars { get; } = [];
    public int Max { get; private set; }
    public IReadOnlyList<ActionType> Types { get; private set; } = [];

    public static MonthlyChart Build(IEnumerable<PlatformActivity> activity)
    {
        var byMonth = activity.Where(m => m.Actions.Count > 0).ToDictionary(m => m.Month, m => m.Actions.Values.Select(a => a.Type).ToList());
        var dated = byMonth.Keys.Where(m => m != PlatformActivity.UnknownMonth)
            .Select(m => DateOnly.ParseExact(m + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture)).ToList();

        var months = new List<(string Label, List<ActionType> Entries, bool Unknown)>();
        if (dated.Count > 0)
            for (var m = dated.Min(); m <= dated.Max(); m = m.AddMonths(1))
                months.Add((m.ToString("yyyy-MM", CultureInfo.InvariantCulture), byMonth.GetValueOrDefault(m.ToString("yyyy-MM", CultureInfo.InvariantCulture)) ?? [], false));
        if (byMonth.TryGetValue(PlatformActivity.UnknownMonth, out var unknown)) months.Add((Texts.T("Date unknown"), unknown, true));

        var chart = new MonthlyChart { Max = Math.Max(1, months.Select(m => m.Entries.Count).DefaultIfEmpty(0).Max()) };
        chart.Types = byMonth.Values.SelectMany(t => t).Distinct().Order().ToList();
        var slot = (Width - Left - 8) / Math.Max(1, months.Count);
        var plot = Height - Top - Bottom;
        for (var i = 0; i < months.Count; i++)
        {
            var (label, entries, isUnknown) = months[i];
            var y = Height - Bottom;
            var segments = new List<ChartSegment>();
            foreach (var group in entries.GroupBy(type => type).OrderBy(g => g.Key))
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
