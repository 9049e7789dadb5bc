using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Export;

/// <summary>
/// Maps actions to DSA statements of reasons as domain.md's table says. Only the platform's own
/// reasons fill the DSA reason fields, since a statement of reasons is the platform's statement;
/// reasons other parties gave go to tracker_other_party_reasons.
/// </summary>
public static class DsaMapping
{
    private const string Visibility = "DECISION_VISIBILITY_";

    /// <summary>Withdrawn actions were recording errors: they are no statement of anyone and are left out.</summary>
    public static IEnumerable<DsaStatement> From(CaseHistory history) =>
        history.Timeline.Where(t => t.Withdrawn is null).Select(t => From(history, t));

    public static DsaStatement From(CaseHistory history, TimelineEntry t)
    {
        var reasons = t.Reasons.Count > 0
            ? t.Reasons
            : history.ReasonsByParty.Values.SelectMany(r => r).Where(r => r.ActionId is null).ToList();
        var platformReasons = reasons.Where(r => r.StatedBy == StatedBy.Platform).ToList();
        var categories = platformReasons.Select(r => Category(r.Category)).OfType<string>().Distinct().ToList();
        var legal = platformReasons.FirstOrDefault(r => r.Category is ReasonCategory.LegalComplianceLocalLaw or ReasonCategory.GovernmentRequest);
        var contractual = platformReasons.FirstOrDefault(r => Category(r.Category) is not null);
        var country = Countries.CodeOf(t.Scope);
        var interval = history.Restrictions.FirstOrDefault(r => r.RestrictionActionId == t.ActionId && !r.Open);
        var endDate = DayOf(interval?.To);
        var date = t.OccurredOn;

        var statement = new DsaStatement
        {
            Puid = $"{history.Id}:{t.ActionId}",
            PlatformName = history.Platform,
            AccountType = null,
            DecisionGround = legal is not null ? "DECISION_GROUND_ILLEGAL_CONTENT" : contractual is not null ? "DECISION_GROUND_INCOMPATIBLE_CONTENT" : null,
            IllegalContentLegalGround = Limit(legal?.Text, 500),
            IllegalContentExplanation = Limit(legal?.Text, 2000),
            IncompatibleContentGround = legal is null ? Limit(contractual?.Text, 500) : null,
            IncompatibleContentExplanation = legal is null ? Limit(contractual?.Text, 2000) : null,
            Category = categories.FirstOrDefault(),
            CategoryAddition = categories.Skip(1).ToList(),
            ContentType = history.Subject.Kind == SubjectKind.App ? ["CONTENT_TYPE_APP"] : [],
            TerritorialScope = country is not null && Countries.Eea.Contains(country) ? [country] : [],
            ApplicationDate = DayOf(date),
            DecisionFacts = Limit(string.Join(" ", platformReasons.Select(r => r.Text).Distinct()), 5000) is { Length: > 0 } facts ? facts : null,
            SourceType = reasons.Any(r => r.Category == ReasonCategory.GovernmentRequest) ? "SOURCE_TYPE_OTHER_NOTIFICATION" : null,
            TrackerDsaExpressible = t.Type is not (ActionType.Reinstated or ActionType.Warned),
            TrackerCaseId = history.Id,
            TrackerActionId = t.ActionId,
            TrackerAction = t.Type.ToCode(),
            TrackerSubject = history.Subject.Name,
            TrackerSubjectKind = history.Subject.Kind.ToCode(),
            TrackerOccurredOn = date?.Value,
            TrackerOccurredOnPrecision = date?.Precision.ToCode(),
            TrackerYearInferred = date?.YearInferred ?? false,
            TrackerApproximate = date?.Approximate ?? false,
            TrackerScope = t.Scope,
            TrackerScopeCountry = country,
            TrackerReasonCategories = reasons.Select(r => $"{r.StatedBy.ToCode()}:{r.Category.ToCode()}").Distinct().ToList(),
            TrackerOtherPartyReasons = string.Join(ActionRow.Separator, reasons.Where(r => r.StatedBy != StatedBy.Platform)
                .Select(r => $"{r.StatedBy.ToCode()}:{r.Category.ToCode()}:{r.Text}")) is { Length: > 0 } other ? other : null,
            TrackerEndsRestrictions = history.Restrictions.Where(r => r.EndedByActionId == t.ActionId).Select(r => r.RestrictionActionId).ToList(),
            TrackerFirstReportedAt = t.FirstReportedAt,
            TrackerSourceCount = t.SourceCount,
            TrackerIndependentSourceCount = t.IndependentSourceCount,
            TrackerSources = string.Join(ActionRow.Separator, t.Sources.Select(s => s.Source.Outlet)),
            TrackerSourceUrls = string.Join(' ', t.Sources.Select(s => s.Source.Url).Where(u => !string.IsNullOrEmpty(u))),
            TrackerDisputed = t.Disputed,
            TrackerContradicted = t.Contradicted,
            TrackerFlags = t.Flags.Count > 0 ? string.Join(' ', t.Flags) : null,
        };
        return t.Type switch
        {
            ActionType.Suspended => statement with { DecisionAccount = "DECISION_ACCOUNT_SUSPENDED", EndDateAccountRestriction = endDate },
            ActionType.Terminated => statement with { DecisionAccount = "DECISION_ACCOUNT_TERMINATED", EndDateAccountRestriction = endDate },
            // Limiting a piece of content is a visibility decision; limiting an account's features is a partial suspension of the service.
            ActionType.Restricted when history.Subject.Kind == SubjectKind.Content =>
                statement with { DecisionVisibility = [Visibility + "OTHER"], DecisionVisibilityOther = "restricted: reach or features limited", EndDateVisibilityRestriction = endDate },
            ActionType.Restricted => statement with { DecisionProvision = "DECISION_PROVISION_PARTIAL_SUSPENSION", EndDateServiceRestriction = endDate },
            ActionType.ContentRemoved => statement with { DecisionVisibility = [Visibility + "CONTENT_REMOVED"] },
            ActionType.GeoBlocked => statement with { DecisionVisibility = [Visibility + "CONTENT_DISABLED"], EndDateVisibilityRestriction = endDate },
            // Whether payments stop for good is rarely known when reported: a suspension, unless a source says more.
            ActionType.Demonetized => statement with { DecisionMonetary = "DECISION_MONETARY_SUSPENSION", EndDateMonetaryRestriction = endDate },
            ActionType.Other => statement with { DecisionVisibility = [Visibility + "OTHER"], DecisionVisibilityOther = "other platform action" },
            _ => statement,
        };
    }

    /// <summary>STATEMENT_CATEGORY_* for the tracker's categories that are the DSA's own; null for legal_compliance_local_law and the like.</summary>
    public static string? Category(ReasonCategory category) => category switch
    {
        ReasonCategory.LegalComplianceLocalLaw or ReasonCategory.GovernmentRequest or ReasonCategory.PlatformError or ReasonCategory.NotStated => null,
        _ => "STATEMENT_CATEGORY_" + category.ToCode().ToUpperInvariant(),
    };

    /// <summary>A date the DSA can take: a whole known day that the source does not hedge.</summary>
    private static string? DayOf(PartialDate? date) =>
        date is { Precision: DatePrecision.Day, Year: not null, Approximate: false } ? date.Value : null;

    private static string? Limit(string? text, int max) => text is null || text.Length <= max ? text : text[..(max - 1)] + "…";
}
