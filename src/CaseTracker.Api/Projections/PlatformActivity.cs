using System.Globalization;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Projections;

/// <summary>
/// What one platform did in one month: the actions (by id, so a withdrawal removes exactly one and a
/// replay adds nothing twice) and the reasons stated for them. Counts are derived when read.
/// Id: "{platformKey}|{yyyy-MM}".
/// </summary>
public sealed class PlatformActivity
{
    public string Id { get; set; } = "";
    /// <summary>The platform as the first case in this month spelled it.</summary>
    public string Platform { get; set; } = "";
    public string PlatformKey { get; set; } = "";
    /// <summary>yyyy-MM.</summary>
    public string Month { get; set; } = "";
    /// <summary>yyyyMM as a number, for range filters and ordering.</summary>
    public int MonthNumber { get; set; }
    public Dictionary<Guid, CountedAction> Actions { get; set; } = [];
    public Dictionary<Guid, CountedReason> Reasons { get; set; } = [];
    /// <summary>Kept beside Actions so the cross-platform list can sort by it in the database.</summary>
    public int ActionCount { get; set; }

    public sealed record CountedAction(Guid CaseId, ActionType Type);

    public sealed record CountedReason(Guid CaseId, Guid? ActionId, ReasonCategory Category, StatedBy StatedBy);

    public static string IdOf(string platformKey, string month) => $"{platformKey}|{month}";

    public static string KeyOf(string platform) => Infrastructure.PlatformRules.KeyOf(platform);

    /// <summary>
    /// The month an action counts in: when it happened if the source gives its year and month
    /// (a year-less "--06-07" or a bare year does not say which month of which year), else the
    /// month the tracker recorded it, so every action is counted somewhere and never moves later.
    /// </summary>
    public static string MonthOf(PartialDate? occurredOn, DateTimeOffset recordedAt) =>
        occurredOn is { Year: { } year, Month: { } month }
            ? $"{year:0000}-{month:00}"
            : recordedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public static int NumberOf(string month) => int.Parse(month.Replace("-", ""), CultureInfo.InvariantCulture);
}
