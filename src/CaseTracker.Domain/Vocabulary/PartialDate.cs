using System.Globalization;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace CaseTracker.Domain.Vocabulary;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>
/// A date only as precise as its source: 2020, 2020-06, 2020-06-07, or --06-07 (day and month
/// known, year not). YearInferred marks a year taken from the publication date, Approximate a
/// date the source hedges ("around", "early June").
/// </summary>
public sealed partial record PartialDate(int? Year, int? Month, int? Day, bool YearInferred = false, bool Approximate = false)
{
    public DatePrecision Precision => Day is not null ? DatePrecision.Day : Month is not null ? DatePrecision.Month : DatePrecision.Year;

    /// <summary>The ISO-like text form: 2020, 2020-06, 2020-06-07 or --06-07.</summary>
    public string Value => (Year, Month, Day) switch
    {
        (null, { } m, { } d) => $"--{m:00}-{d:00}",
        ({ } y, { } m, { } d) => $"{y:0000}-{m:00}-{d:00}",
        ({ } y, { } m, null) => $"{y:0000}-{m:00}",
        ({ } y, null, null) => $"{y:0000}",
        _ => "",
    };

    public override string ToString() => Value;

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day);

    // ASCII digits only: \d would also match Arabic-Indic or full-width digits that int.Parse refuses.
    [GeneratedRegex(@"^(?:(?<y>[0-9]{4})(?:-(?<m>[0-9]{2})(?:-(?<d>[0-9]{2}))?)?|--(?<m2>[0-9]{2})-(?<d2>[0-9]{2}))$")]
    private static partial Regex Shape();

    /// <summary>Parses the text form; returns null and an explanation when it is not a real date.</summary>
    public static PartialDate? TryParse(string? text, out string? error, bool yearInferred = false, bool approximate = false)
    {
        error = null;
        var match = text is null ? null : Shape().Match(text.Trim());
        if (match is null || !match.Success)
        {
            error = "write it as YYYY, YYYY-MM, YYYY-MM-DD, or --MM-DD when the year is unknown";
            return null;
        }
        int? Int(string group) => match.Groups[group].Success ? int.Parse(match.Groups[group].Value, CultureInfo.InvariantCulture) : null;
        var year = Int("y");
        var month = Int("m") ?? Int("m2");
        var day = Int("d") ?? Int("d2");
        if (year is 0)
        {
            error = "there is no year 0";
            return null;
        }
        if (month is < 1 or > 12)
        {
            error = $"there is no month {month}; months run from 01 to 12";
            return null;
        }
        // A year-less date is checked against a leap year so that --02-29 stays possible.
        if (day is not null && (day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month!.Value)))
        {
            var days = DateTime.DaysInMonth(year ?? 2000, month!.Value);
            var monthName = CultureInfo.InvariantCulture.DateTimeFormat.GetMonthName(month.Value);
            error = $"{monthName}{(year is null ? "" : $" {year}")} has {days} days, so there is no day {day}";
            return null;
        }
        return new PartialDate(year, month, day, yearInferred && year is not null, approximate);
    }

    /// <summary>The first day this date could mean, when its year is known.</summary>
    [JsonIgnore]
    public DateOnly? Earliest => Year is { } y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>The last day this date could mean, when its year is known.</summary>
    [JsonIgnore]
    public DateOnly? Latest => Year is { } y
        ? Month is { } m
            ? new DateOnly(y, m, Day ?? DateTime.DaysInMonth(y, m))
            : new DateOnly(y, 12, 31)
        : null;

    /// <summary>True when even the earliest day this date could mean lies after today.</summary>
    public bool IsInFutureOf(DateOnly today) => Earliest is { } earliest && earliest > today;

    /// <summary>True when two readings could name the same day (used to match the same action).</summary>
    public bool IsCompatibleWith(PartialDate other)
    {
        if (Year is not null && other.Year is not null && Year != other.Year) return false;
        if (Month is not null && other.Month is not null && Month != other.Month) return false;
        if (Day is not null && other.Day is not null && Day != other.Day) return false;
        return true;
    }

    /// <summary>
    /// True when two different readings could be one event misdated: at most 31 days apart
    /// (year-less dates read in one year), or adjacent months at month precision.
    /// </summary>
    public bool IsNear(PartialDate other)
    {
        if (IsCompatibleWith(other) || Month is null || other.Month is null) return false;
        var year = Year ?? other.Year ?? 2000;
        var otherYear = other.Year ?? Year ?? 2000;
        if (Day is null || other.Day is null) return Math.Abs((year * 12 + Month.Value) - (otherYear * 12 + other.Month.Value)) <= 1;
        return Math.Abs(new DateOnly(year, Month.Value, Math.Min(Day.Value, DateTime.DaysInMonth(year, Month.Value))).DayNumber
            - new DateOnly(otherYear, other.Month.Value, Math.Min(other.Day.Value, DateTime.DaysInMonth(otherYear, other.Month.Value))).DayNumber) <= 31;
    }

    /// <summary>Sort key for timelines; a year-less date borrows the year its context suggests.</summary>
    public (int Year, int Month, int Day) SortKey(int assumedYear) => (Year ?? assumedYear, Month ?? 0, Day ?? 0);
}
