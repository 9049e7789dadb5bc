using System.Text.Json.Serialization;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Api.Features.Export;

/// <summary>
/// One action shaped like a DSA Transparency Database statement of reasons (the API's field names),
/// followed by tracker_* fields for what the DSA schema cannot say. Fields the tracker does not know
/// stay empty rather than guessed; Features/Export/README.md explains each one.
/// </summary>
public sealed record DsaStatement
{
    [JsonPropertyName("puid")] public required string Puid { get; init; }
    [JsonPropertyName("platform_name")] public required string PlatformName { get; init; }
    [JsonPropertyName("decision_visibility")] public List<string> DecisionVisibility { get; init; } = [];
    [JsonPropertyName("decision_visibility_other")] public string? DecisionVisibilityOther { get; init; }
    [JsonPropertyName("end_date_visibility_restriction")] public string? EndDateVisibilityRestriction { get; init; }
    [JsonPropertyName("decision_monetary")] public string? DecisionMonetary { get; init; }
    [JsonPropertyName("end_date_monetary_restriction")] public string? EndDateMonetaryRestriction { get; init; }
    [JsonPropertyName("decision_provision")] public string? DecisionProvision { get; init; }
    [JsonPropertyName("end_date_service_restriction")] public string? EndDateServiceRestriction { get; init; }
    [JsonPropertyName("decision_account")] public string? DecisionAccount { get; init; }
    [JsonPropertyName("end_date_account_restriction")] public string? EndDateAccountRestriction { get; init; }
    [JsonPropertyName("account_type")] public string? AccountType { get; init; }
    [JsonPropertyName("decision_ground")] public string? DecisionGround { get; init; }
    [JsonPropertyName("illegal_content_legal_ground")] public string? IllegalContentLegalGround { get; init; }
    [JsonPropertyName("illegal_content_explanation")] public string? IllegalContentExplanation { get; init; }
    [JsonPropertyName("incompatible_content_ground")] public string? IncompatibleContentGround { get; init; }
    [JsonPropertyName("incompatible_content_explanation")] public string? IncompatibleContentExplanation { get; init; }
    [JsonPropertyName("category")] public string? Category { get; init; }
    [JsonPropertyName("category_addition")] public List<string> CategoryAddition { get; init; } = [];
    [JsonPropertyName("content_type")] public List<string> ContentType { get; init; } = [];
    [JsonPropertyName("territorial_scope")] public List<string> TerritorialScope { get; init; } = [];
    [JsonPropertyName("application_date")] public string? ApplicationDate { get; init; }
    [JsonPropertyName("decision_facts")] public string? DecisionFacts { get; init; }
    [JsonPropertyName("source_type")] public string? SourceType { get; init; }
    [JsonPropertyName("automated_detection")] public string? AutomatedDetection { get; init; }
    [JsonPropertyName("automated_decision")] public string? AutomatedDecision { get; init; }

    // What the DSA schema cannot express.
    [JsonPropertyName("tracker_dsa_expressible")] public bool TrackerDsaExpressible { get; init; }
    [JsonPropertyName("tracker_case_id")] public Guid TrackerCaseId { get; init; }
    [JsonPropertyName("tracker_action_id")] public Guid TrackerActionId { get; init; }
    [JsonPropertyName("tracker_action")] public required string TrackerAction { get; init; }
    [JsonPropertyName("tracker_subject")] public required string TrackerSubject { get; init; }
    [JsonPropertyName("tracker_subject_kind")] public required string TrackerSubjectKind { get; init; }
    [JsonPropertyName("tracker_occurred_on")] public string? TrackerOccurredOn { get; init; }
    [JsonPropertyName("tracker_occurred_on_precision")] public string? TrackerOccurredOnPrecision { get; init; }
    [JsonPropertyName("tracker_year_inferred")] public bool TrackerYearInferred { get; init; }
    [JsonPropertyName("tracker_approximate")] public bool TrackerApproximate { get; init; }
    [JsonPropertyName("tracker_scope")] public string? TrackerScope { get; init; }
    [JsonPropertyName("tracker_scope_country")] public string? TrackerScopeCountry { get; init; }
    [JsonPropertyName("tracker_reason_categories")] public List<string> TrackerReasonCategories { get; init; } = [];
    [JsonPropertyName("tracker_other_party_reasons")] public string? TrackerOtherPartyReasons { get; init; }
    [JsonPropertyName("tracker_ends_restrictions")] public List<Guid> TrackerEndsRestrictions { get; init; } = [];
    [JsonPropertyName("tracker_first_reported_at")] public DateTimeOffset TrackerFirstReportedAt { get; init; }
    [JsonPropertyName("tracker_source_count")] public int TrackerSourceCount { get; init; }
    [JsonPropertyName("tracker_independent_source_count")] public int TrackerIndependentSourceCount { get; init; }
    [JsonPropertyName("tracker_sources")] public string? TrackerSources { get; init; }
    [JsonPropertyName("tracker_source_urls")] public string? TrackerSourceUrls { get; init; }
    [JsonPropertyName("tracker_disputed")] public bool TrackerDisputed { get; init; }
    [JsonPropertyName("tracker_contradicted")] public bool TrackerContradicted { get; init; }
    [JsonPropertyName("tracker_flags")] public string? TrackerFlags { get; init; }
}
