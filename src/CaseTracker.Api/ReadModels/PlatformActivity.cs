using System.Globalization;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.ReadModels;

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
    /// <summary>yyyy-MM, or "unknown" for actions dated without a year or month.</summary>
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

    /// <summary>The month of actions dated without a year or month ("--06-07", "2020"): counted apart, not in a month they may not belong to.</summary>
    public const string UnknownMonth = "unknown";

    /// <summary>
    /// The month an action counts in: when it happened if the source gives its year and month;
    /// "unknown" when its date lacks either (a year-less "--06-07" or a bare year does not say which
    /// month of which year) or when it has no date at all: the month the tracker learned of an action
    /// says nothing about when it happened.
    /// </summary>
    public static string MonthOf(PartialDate? occurredOn) => occurredOn is { Year: { } year, Month: { } month } ? $"{year:0000}-{month:00}" : UnknownMonth;

    /// <summary>The month a reason stated for no action counts in: the one it was recorded in.</summary>
    public static string RecordedMonth(DateTimeOffset recordedAt) => recordedAt.UtcDateTime.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    /// <summary>yyyyMM; 0 for the unknown month, which sorts after every real one (newest first) and falls outside any from/to range.</summary>
    public static int NumberOf(string month) => month == UnknownMonth ? 0 : int.Parse(month.Replace("-", ""), CultureInfo.InvariantCulture);
}
