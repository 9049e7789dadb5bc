using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>A date found at tokens First..Last. Blocked: it dates something else ("after the 31 May event").</summary>
internal sealed record DateMention(int First, int Last, PartialDate Date, bool Blocked);

/// <summary>
/// Dates by the language's patterns ("D M Y", "M D", "D de M de Y"...), numeric dates, and
/// relative words. A missing year comes from the publication date (flagged YearInferred);
/// without a publication date, relative words give nothing and "7 June" stays --06-07.
/// </summary>
internal static class DateFinder
{
    public static List<DateMention> Find(ArticleText a)
    {
        var found = new List<DateMention>();
        var tokens = a.Tokens;
        var consumed = new bool[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!tokens[i].IsWord) continue;
            if (Numeric(a, i, out var numericLast, out var numeric))
            {
                Add(i, numericLast, numeric);
                i = numericLast;
                continue;
            }
            if (!Longest(a, i, out var last, out var y, out var m, out var d)) continue;
            // "En novembre 2021": "en M" reads the start, but "M Y" inside it reaches further and keeps the year.
            for (var inner = i + 1; inner <= last; inner++)
                if (Longest(a, inner, out var innerLast, out var iy, out var im, out var id) && innerLast > last)
                    (last, y, m, d) = (innerLast, iy, im, id);
            if (Complete(a.Published, y, m, d) is { } date) Add(i, last, date);
            i = last;
        }
        if (a.Published is { } published)
        {
            foreach (var hit in a.All(HitKind.RelativeDay)) Relative(hit, PartialDate.OfDay(published.AddDays(hit.Value).Year, published.AddDays(hit.Value).Month, published.AddDays(hit.Value).Day));
            foreach (var hit in a.All(HitKind.RelativeMonth))
            {
                var month = published.AddMonths(hit.Value);
                Relative(hit, new PartialDate(month.Year, month.Month, null));
            }
            foreach (var hit in a.All(HitKind.RelativeYear)) Relative(hit, new PartialDate(published.Year + hit.Value, null, null));
            // "vorige week vrijdag", "Friday last week": the weekday of that week (weeks start on Monday).
            foreach (var week in a.All(HitKind.RelativeWeek))
            {
                if (consumed[week.First]) continue;
                Hit weekday;
                if (a.At(week.Last + 1, HitKind.Weekday) is { } after && after.First == week.Last + 1) weekday = after;
                else if (a.At(week.First - 1, HitKind.Weekday) is { } before && before.Last == week.First - 1) weekday = before;
                else continue;
                var monday = published.AddDays(-(((int)published.DayOfWeek + 6) % 7) + 7 * week.Value);
                var day = monday.AddDays((weekday.Value - 1) % 7);
                Add(Math.Min(week.First, weekday.First), Math.Max(week.Last, weekday.Last), PartialDate.OfDay(day.Year, day.Month, day.Day) with { YearInferred = true });
            }
            // "last week": the day is unknown, so only the month of the week's middle, marked approximate.
            foreach (var hit in a.All(HitKind.RelativeWeek))
            {
                var middle = published.AddDays(7 * hit.Value + (hit.Value < 0 ? 3 : 0));
                Relative(hit, new PartialDate(middle.Year, middle.Month, null) with { Approximate = true });
            }
            foreach (var hit in a.All(HitKind.Weekday))
            {
                // The last such weekday on or before publication: news reports what already happened.
                var back = ((int)published.DayOfWeek - hit.Value % 7 + 7) % 7;
                var day = published.AddDays(-back);
                Relative(hit, PartialDate.OfDay(day.Year, day.Month, day.Day));
            }
        }
        found.Sort((x, y) => x.First.CompareTo(y.First));
        FollowingDays(a, found, consumed);
        return found;

        void Relative(Hit hit, PartialDate date)
        {
            if (consumed[hit.First] || (hit.Last + 1 < tokens.Count && consumed[hit.Last + 1])) return;
            Add(hit.First, hit.Last, date with { YearInferred = true });
        }

        void Add(int first, int last, PartialDate date)
        {
            for (var t = first; t <= last; t++) consumed[t] = true;
            var approximate = a.AnyIn(HitKind.Approximate, first - 2, first);
            var blocked = false;
            for (var t = first - 1; t >= Math.Max(0, first - 4) && tokens[t].Clause == tokens[first].Clause; t--)
            {
                // "sospeso da Instagram il 21 settembre": "da" introduces the agent here, not a starting point.
                if (a.Has(t, HitKind.DateBlocker) && !(a.Has(t, HitKind.AgentPreposition) && Party.At(a, t + 1) is { Role: PartyRole.Platform })) blocked = true;
                // "nach ihren Angaben am 21. August": the blocker governs the date only with nothing but articles and
                // short function words between; a noun between makes it govern that noun instead.
                if (!a.Has(t, HitKind.Determiner) && tokens[t].IsWord && tokens[t].Norm.Length > 3 && !a.Has(t, HitKind.DateBlocker)) break;
            }
            // "a spokesperson said on Thursday", "confirmó el jueves": the date of a statement, not of an action.
            for (var t = first - 1; t >= Math.Max(0, first - 3) && tokens[t].Clause == tokens[first].Clause; t--)
                if (a.Has(t, HitKind.SpeakerBefore) && !a.Has(t, HitKind.Action)) blocked = true;
            found.Add(new DateMention(first, last, approximate ? date with { Approximate = true } : date, blocked));
        }
    }

    /// <summary>
    /// "the next day", "le lendemain", "no dia seguinte": counted from the nearest earlier date of the
    /// article that has a day (and a year or an inferred one); without such a date, nothing.
    /// </summary>
    private static void FollowingDays(ArticleText a, List<DateMention> found, bool[] consumed)
    {
        var hits = a.All(HitKind.FollowingDay);
        if (hits.Count == 0) return;
        var added = new List<DateMention>();
        foreach (var hit in hits)
        {
            if (consumed[hit.First]) continue;
            var anchor = found.LastOrDefault(d => d.Last < hit.First && !d.Blocked && d.Date.Day is not null && d.Date.Year is not null);
            if (anchor is null) continue;
            var day = new DateOnly(anchor.Date.Year!.Value, anchor.Date.Month!.Value, anchor.Date.Day!.Value).AddDays(hit.Value);
            var date = PartialDate.OfDay(day.Year, day.Month, day.Day) with { YearInferred = anchor.Date.YearInferred };
            added.Add(new DateMention(hit.First, hit.Last, date, false));
        }
        found.AddRange(added);
        found.Sort((x, y) => x.First.CompareTo(y.First));
    }

    private static PartialDate? Complete(DateOnly? published, int? year, int? month, int? day)
    {
        var inferred = false;
        if (month is null && day is not null && published is { } pub)
        {
            // A weekday and a day number only: this month's, or last month's if that day is still to come.
            var anchor = day <= pub.Day ? pub : pub.AddMonths(-1);
            if (day > DateTime.DaysInMonth(anchor.Year, anchor.Month)) return null;
            (year, month, inferred) = (anchor.Year, anchor.Month, true);
        }
        if (year is null && month is not null && published is { } p)
        {
            year = p.Year;
            inferred = true;
            // "28 December" in an article of 3 January is last year's.
            var earliest = new DateOnly(p.Year, month.Value, Math.Min(day ?? 1, DateTime.DaysInMonth(p.Year, month.Value)));
            if (earliest > p) year--;
        }
        if (year is null && day is null || month is null && day is not null) return null;
        var text = new PartialDate(year, month, day).Value;
        return PartialDate.TryParse(text, out _, yearInferred: inferred);
    }

    /// <summary>The pattern that matches at token `at` and reaches furthest.</summary>
    private static bool Longest(ArticleText a, int at, out int last, out int? year, out int? month, out int? day)
    {
        (last, year, month, day) = (-1, null, null, null);
        foreach (var pattern in a.Language.DatePatterns)
            if (TryPattern(a, pattern, at, out var l, out var y, out var m, out var d) && l > last)
                (last, year, month, day) = (l, y, m, d);
        return last >= 0;
    }

    private static bool TryPattern(ArticleText a, DatePattern pattern, int at, out int last, out int? year, out int? month, out int? day)
    {
        var tokens = a.Tokens;
        (year, month, day, last) = (null, null, null, -1);
        var t = at;
        foreach (var part in pattern.Parts)
        {
            // "segunda-feira (17)": a day number in brackets after its weekday.
            while (t < tokens.Count && t > at && tokens[t].Kind == TokenKind.Punct && tokens[t].PunctChar is ',' or '.' or '(') t++;
            if (t >= tokens.Count || !tokens[t].IsWord) return false;
            switch (part.Slot)
            {
                case 'D':
                    if (DayNumber(tokens[t].Norm, a.Language.OrdinalSuffixes) is not { } d) return false;
                    day = d;
                    break;
                case 'M':
                    if (a.At(t, HitKind.Month) is not { } m || m.First != t) return false;
                    month = m.Value;
                    t = m.Last;
                    // "7 يونيو/حزيران 2023": the same month named again in the other calendar series.
                    while (a.At(t + 1, HitKind.Month) is { } again && again.First == t + 1 && again.Value == m.Value) t = again.Last;
                    break;
                case 'Y':
                    if (tokens[t].Kind != TokenKind.Number || tokens[t].Norm.Length != 4 || int.Parse(tokens[t].Norm) is < 1900 or > 2100) return false;
                    year = int.Parse(tokens[t].Norm);
                    break;
                case 'W':
                    if (a.At(t, HitKind.Weekday) is not { } w || w.First != t) return false;
                    t = w.Last;
                    break;
                default:
                    if (tokens[t].Norm != part.Word) return false;
                    break;
            }
            last = t++;
        }
        return true;
    }

    private static int? DayNumber(string norm, IReadOnlyList<string> suffixes)
    {
        var digits = 0;
        while (digits < norm.Length && char.IsAsciiDigit(norm[digits])) digits++;
        if (digits is 0 or > 2) return null;
        if (digits < norm.Length && !suffixes.Contains(norm[digits..])) return null;
        var n = int.Parse(norm.AsSpan(0, digits));
        return n is >= 1 and <= 31 ? n : null;
    }

    /// <summary>2020-06-07 everywhere; 07/06/2020 or 06/07/2020 by the language's numeric order.</summary>
    private static bool Numeric(ArticleText a, int i, out int last, out PartialDate date)
    {
        (last, date) = (-1, null!);
        var tokens = a.Tokens;
        var words = new List<int>(3);
        for (var t = i; t < tokens.Count && words.Count < 3; t++)
        {
            if (tokens[t].Kind == TokenKind.Number) { words.Add(t); continue; }
            if (tokens[t].Kind != TokenKind.Punct || tokens[t].PunctChar != '.') break;
        }
        if (words.Count < 3) return false;
        var text = a.Text;
        char Gap(int x, int y) => tokens[y].Start - tokens[x].End == 1 ? text[tokens[x].End] : ' ';
        var sep = Gap(words[0], words[1]);
        if (sep is not ('-' or '/' or '.') || Gap(words[1], words[2]) != sep) return false;
        var (p0, p1, p2) = (tokens[words[0]].Norm, tokens[words[1]].Norm, tokens[words[2]].Norm);
        string? value = null;
        if (p0.Length == 4 && sep == '-') value = $"{p0}-{p1.PadLeft(2, '0')}-{p2.PadLeft(2, '0')}";
        else if (p2.Length == 4 && sep != '-')
            value = a.Language.MonthFirstNumeric ? $"{p2}-{p0.PadLeft(2, '0')}-{p1.PadLeft(2, '0')}" : $"{p2}-{p1.PadLeft(2, '0')}-{p0.PadLeft(2, '0')}";
        // "1402/03/15" is a Solar Hijri date: a Gregorian reading of it would be centuries off.
        if (value is null || int.Parse(value.AsSpan(0, 4)) is < 1900 or > 2100 || PartialDate.TryParse(value, out _) is not { } parsed) return false;
        (last, date) = (words[2], parsed);
        return true;
    }
}
