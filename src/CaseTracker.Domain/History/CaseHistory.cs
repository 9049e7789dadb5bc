using CaseTracker.Domain.Sources;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.History;

/// <summary>
/// The case history a person reads and cites: the timeline of actions with every source and
/// quote, reasons grouped by who stated them, disputes, restriction intervals and the subject's
/// current status. Built by <see cref="CaseHistoryFold"/> from the case's events.
/// </summary>
public sealed class CaseHistory
{
    public Guid Id { get; set; }
    public long Version { get; set; }
    public string Platform { get; set; } = "";
    public Subject Subject { get; set; } = new("", SubjectKind.Other);
    public string? Title { get; set; }
    public string Status { get; set; } = "open";
    /// <summary>The code of the latest action in force (suspended, reinstated ...), or no_known_action.</summary>
    public string SubjectStatus { get; set; } = NoKnownAction;
    public DateTimeOffset OpenedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public List<TimelineEntry> Timeline { get; set; } = [];
    public Dictionary<string, List<ReasonEntry>> ReasonsByParty { get; set; } = [];
    public List<RestrictionInterval> Restrictions { get; set; } = [];
    public Duration? TotalRestricted { get; set; }
    public List<NoteEntry> Notes { get; set; } = [];
    /// <summary>Every place sources disagree, each with its readings and, once an analyst settled it, the resolution.</summary>
    public List<Contradiction> Contradictions { get; set; } = [];
    public List<Guid> MergedFrom { get; set; } = [];
    /// <summary>Set when this case was absorbed into another; reads of it redirect there.</summary>
    public Guid? MergedInto { get; set; }

    // Flat fields the case list filters on.
    public string PlatformKey { get; set; } = "";
    public string SubjectKey { get; set; } = "";
    public List<string> ActionTypes { get; set; } = [];

    public const string NoKnownAction = "no_known_action";
}

public sealed class TimelineEntry
{
    public Guid ActionId { get; set; }
    public ActionType Type { get; set; }
    /// <summary>When the action happened: as first reported, or as an analyst resolved a dispute about it.</summary>
    public PartialDate? OccurredOn { get; set; }
    /// <summary>The date the first report gave, kept when a resolution changes OccurredOn.</summary>
    public PartialDate? ReportedDate { get; set; }
    public string? Scope { get; set; }
    /// <summary>When the tracker first learned of the action.</summary>
    public DateTimeOffset FirstReportedAt { get; set; }
    /// <summary>Stream position of the first report: orders undated actions by when they were reported.</summary>
    public long ReportedAtVersion { get; set; }
    public List<CitedSource> Sources { get; set; } = [];
    public int SourceCount => Sources.Count;
    /// <summary>Sources that are not the same outlet again nor a copy of another source's text.</summary>
    public int IndependentSourceCount { get; set; }
    /// <summary>The earliest publication date among the sources, when any is known.</summary>
    public DateOnly? FirstPublishedOn { get; set; }
    public List<DisputeEntry> Disputes { get; set; } = [];
    public bool Disputed => Disputes.Count > 0;
    public List<ReasonEntry> Reasons { get; set; } = [];
    public Withdrawal? Withdrawn { get; set; }
    public Resolution? Resolution { get; set; }
    /// <summary>Sources disagree about this action and no analyst has settled it yet.</summary>
    public bool Contradicted { get; set; }
    public List<string> Flags { get; set; } = [];
}

/// <summary>A source cited for an action. RepeatOf is the index of an earlier source it repeats (same outlet, or a near copy of its text).</summary>
public sealed record CitedSource(SourceRef Source, string? Quote, int? QuoteStart, int? QuoteEnd, DateTimeOffset CitedAt)
{
    public int? RepeatOf { get; init; }

    public static CitedSource From(Citation c, DateTimeOffset at) => new(c.Source, c.Quote, c.QuoteStart, c.QuoteEnd, at);
}

public sealed record DisputeEntry(DisputeKind Kind, PartialDate? ClaimedDate, string? Note, CitedSource Source);

public sealed record ReasonEntry(Guid ReasonId, Guid? ActionId, StatedBy StatedBy, ReasonCategory Category, string Text, string? Language, CitedSource Source);

public sealed record Withdrawal(string Rationale, DateTimeOffset At);

public sealed record Resolution(string ChosenReading, string Rationale, DateTimeOffset At);

/// <summary>One reading of a contested fact and the outlets that give it.</summary>
public sealed record Reading(string Value, List<string> Outlets);

/// <summary>Sources disagree about an action: its date, whether it happened, or the reasons one party gave.</summary>
public sealed record Contradiction(Guid ActionId, string Kind, List<Reading> Readings, Resolution? Resolution);

public sealed record NoteEntry(Guid NoteId, string Text, DateTimeOffset At);

/// <summary>A restriction and the reinstatement that ended it (none yet: the interval is open).</summary>
public sealed record RestrictionInterval(
    Guid RestrictionActionId,
    ActionType Type,
    PartialDate? From,
    Guid? EndedByActionId,
    PartialDate? To,
    bool Open,
    Duration? Duration);

/// <summary>
/// A length of time at the precision both ends allow: days when both are days, months when the
/// coarser end is a month, years when it is a year. AssumesSameYear marks two year-less dates
/// (--06-07 to --06-10) read as falling in one year.
/// </summary>
public sealed record Duration(DatePrecision Precision, int Amount, bool AssumesSameYear = false, bool Approximate = false)
{
    public string Unit => Precision switch { DatePrecision.Day => "days", DatePrecision.Month => "months", _ => "years" };
}
