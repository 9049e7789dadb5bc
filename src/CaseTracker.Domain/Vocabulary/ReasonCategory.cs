namespace CaseTracker.Domain.Vocabulary;

/// <summary>The DSA statement categories plus the tracker's own (legal_compliance_local_law ...).</summary>
public enum ReasonCategory
{
    AnimalWelfare,
    ConsumerInformation,
    CyberViolence,
    DataProtectionAndPrivacyViolations,
    IllegalOrHarmfulSpeech,
    IntellectualPropertyInfringements,
    NegativeEffectsOnCivicDiscourseOrElections,
    ProtectionOfMinors,
    RiskForPublicSecurity,
    ScamsAndFraud,
    SelfHarm,
    UnsafeAndProhibitedProducts,
    Violence,
    OtherViolationTc,
    LegalComplianceLocalLaw,
    GovernmentRequest,
    PlatformError,
    NotStated,
}
