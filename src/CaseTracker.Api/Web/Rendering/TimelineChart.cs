using System.Globalization;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>One action on the time axis: its width is the span its date could mean (a day, a month, a year).</summary>
public sealed record TimelineMark(Guid ActionId, string Label, double X, double Width, double Y, bool YearAssumed, bool Undated, bool Withdrawn, bool Contested)
{
    public string CssClass => string.Join(' ', new[] { "mark", Undated ? "undated" : null, YearAssumed ? "year-assumed" : null, Withdrawn ? "withdrawn" : null, Contested ? "contested" : null }
        .Where(c => c is not null));
}

/// <summary>A restriction from its start to the reinstatement that ended it, or to today when none did.</summary>
public sealed record TimelineBar(double X, double Width, double Y, bool Open, string Label);

/// <summary>A tick on the axis at X; its label centred at LabelX, which is X unless that would cut the label at the chart's left edge.</summary>
public sealed record AxisTick(double X, string Label, double LabelX);

/// <summary>
/// The geometry of a case's timeline as a server-drawn SVG: dated actions on a time axis, year-less
/// dates drawn in the year the history reads them in (and marked), undated actions in a column of
/// their own after the axis, restriction intervals as bars above.
/// </summary>
public sealed class TimelineChart
{
    public const double Width = 760;
    private const double Left = 16, RowHeight = 30, Top = 56, UndatedWidth = 120, MarkHeight = 16;

    public List<TimelineMark> Marks { get; } = [];
    public List<TimelineBar> Bars { get; } = [];
    public List<AxisTick> Ticks { get; } = [];
    public double Height { get; private set; }
    public double AxisY { get; private set; }
    public double AxisEnd { get; private set; }
    public double? UndatedX { get; private set; }
    public double? TodayX { get; private set; }

    public static TimelineChart Build(CaseHistory history, DateOnly today)
    {
        var chart = new TimelineChart();
        var spans = Spans(history);
        var hasUndated = history.Timeline.Any(t => !spans.ContainsKey(t.ActionId));
        chart.AxisEnd = Width - Left - (hasUndated ? UndatedWidth : 0);
        if (hasUndated) chart.UndatedX = chart.AxisEnd + 24;

        var openRestriction = history.Restrictions.Any(r => r.Open);
        var days = spans.Values.SelectMany(s => new[] { s.From, s.To }).ToList();
        if (openRestriction || days.Count == 0) days.Add(today);
        var first = days.Min().DayNumber;
        var last = days.Max().DayNumber;
        var length = Math.Max(last - first, 30);
        var pad = Math.Max(length * 0.06, 3);
        var (start, end) = (first - pad, first + length + pad);
        double X(DateOnly day) => Left + (day.DayNumber - start) / (end - start) * (chart.AxisEnd - Left);

        for (var i = 0; i < history.Timeline.Count; i++)
        {
            var entry = history.Timeline[i];
            var y = Top + i * RowHeight;
            var label = $"{Words.Action(entry.Type)}: {Words.Date(entry.OccurredOn)}";
            var contested = entry.Contradicted || entry.Disputed;
            if (spans.TryGetValue(entry.ActionId, out var span))
            {
                var x = X(span.From);
                chart.Marks.Add(new TimelineMark(entry.ActionId, label, x, Math.Max(X(span.To) - x, 4), y, span.Assumed, false, entry.Withdrawn is not null, contested));
            }
            else
                chart.Marks.Add(new TimelineMark(entry.ActionId, label, chart.UndatedX!.Value, 16, y, false, true, entry.Withdrawn is not null, contested));
        }

        foreach (var interval in history.Restrictions)
        {
            var from = chart.Marks.FirstOrDefault(m => m.ActionId == interval.RestrictionActionId);
            if (from is null) continue;
            var to = interval.EndedByActionId is { } ended ? chart.Marks.FirstOrDefault(m => m.ActionId == ended) : null;
            var endX = interval.Open ? X(today) : to is null ? from.X + from.Width : to.Undated ? to.X + to.Width / 2 : to.X;
            var label = interval.Open
                ? Texts.T("{0} from {1}, still in force", Words.Action(interval.Type), Words.Date(interval.From))
                : Texts.T("{0} from {1} to {2}", Words.Action(interval.Type), Words.Date(interval.From), Words.Date(interval.To));
            chart.Bars.Add(new TimelineBar(from.X, Math.Max(endX - from.X, 4), 22, interval.Open, label));
        }

        chart.AxisY = Top + history.Timeline.Count * RowHeight + 4;
        chart.Height = chart.AxisY + 30;
        if (today.DayNumber >= start && today.DayNumber <= end) chart.TodayX = X(today);
        chart.PlaceTicks(TickDays(DateOnly.FromDayNumber((int)Math.Ceiling(start)), DateOnly.FromDayNumber((int)end)).Select(t => (X(t.Day), t.Label)));
        return chart;
    }

    /// <summary>The "undated" column's label, centred over its marks.</summary>
    public double? UndatedLabelX => UndatedX + 8;

    /// <summary>
    /// Keeps the tick labels that fit: each label's box (its width estimated from its length, at
    /// the 11-unit font the page draws them in) must stay inside the chart, clear of the label
    /// before it and of the "undated" label, with a gap; a label that does not fit is left out
    /// rather than drawn over another.
    /// </summary>
    private void PlaceTicks(IEnumerable<(double X, string Label)> ticks)
    {
        var limit = Width - 2;
        if (UndatedLabelX is { } undatedX) limit = undatedX - LabelWidth(Texts.T("undated")) / 2 - LabelGap;
        var previousEnd = 2.0;
        foreach (var (x, label) in ticks)
        {
            var half = LabelWidth(label) / 2;
            var centre = Ticks.Count == 0 ? Math.Max(x, previousEnd + half) : x;
            if (centre - half < previousEnd || centre + half > limit) continue;
            Ticks.Add(new AxisTick(x, label, centre));
            previousEnd = centre + half + LabelGap;
        }
    }

    private const double LabelGap = 8, LabelFont = 11;

    /// <summary>A generous estimate of a label's drawn width: wide glyphs for every character, so the estimate errs towards space.</summary>
    public static double LabelWidth(string label) => label.Length * LabelFont * 0.68;

    /// <summary>
    /// The days each dated action could mean, end exclusive. A year-less date is read, as the
    /// history orders it, in the year of the dated action reported before it, else the earliest
    /// known year; with no year anywhere, the year of the earliest publication or of the report.
    /// </summary>
    private static Dictionary<Guid, (DateOnly From, DateOnly To, bool Assumed)> Spans(CaseHistory history)
    {
        var byReport = history.Timeline.OrderBy(e => e.ReportedAtVersion).ToList();
        var known = byReport.Select(e => e.OccurredOn?.Year).Where(y => y is not null).Min();
        var context = known;
        var spans = new Dictionary<Guid, (DateOnly, DateOnly, bool)>();
        foreach (var entry in byReport)
        {
            if (entry.OccurredOn is not { } date) continue;
            if (date.Year is { } year) context = year;
            var assumed = date.Year is null;
            var readIn = date.Year ?? context ?? entry.FirstPublishedOn?.Year ?? entry.FirstReportedAt.Year;
            var read = date with { Year = readIn };
            spans[entry.ActionId] = (read.Earliest!.Value, read.Latest!.Value.AddDays(1), assumed);
        }
        return spans;
    }

    private static IEnumerable<(DateOnly Day, string Label)> TickDays(DateOnly from, DateOnly to)
    {
        var culture = CultureInfo.CurrentUICulture;
        var months = (to.Year - from.Year) * 12 + to.Month - from.Month;
        if (months > 36)
        {
            var step = Math.Max(1, (to.Year - from.Year) / 8 + 1);
            for (var y = from.Year + 1; y <= to.Year; y += step) yield return (new DateOnly(y, 1, 1), y.ToString(CultureInfo.InvariantCulture));
            yield break;
        }
        if (months >= 2)
        {
            var step = Math.Max(1, months / 8 + 1);
            for (var m = new DateOnly(from.Year, from.Month, 1).AddMonths(1); m <= to; m = m.AddMonths(step))
                yield return (m, m.ToString(m.Month == 1 ? "MMM yyyy" : "MMM", culture));
            yield break;
        }
        for (var d = from.AddDays(1); d <= to; d = d.AddDays(7)) yield return (d, d.ToString("d MMM", culture));
    }
}
