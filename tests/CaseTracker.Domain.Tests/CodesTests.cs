using CaseTracker.Domain.Cases;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Domain.Tests;

public class CodesTests
{
    [Fact]
    public void Codes_are_the_snake_case_names_the_api_documents()
    {
        Assert.Equal("content_removed", ActionType.ContentRemoved.ToCode());
        Assert.Equal("geo_blocked", ActionType.GeoBlocked.ToCode());
        Assert.Equal("legal_compliance_local_law", ReasonCategory.LegalComplianceLocalLaw.ToCode());
        Assert.Equal("negative_effects_on_civic_discourse_or_elections", ReasonCategory.NegativeEffectsOnCivicDiscourseOrElections.ToCode());
        Assert.Equal("other_violation_tc", ReasonCategory.OtherViolationTc.ToCode());
        Assert.Equal("third_party", StatedBy.ThirdParty.ToCode());
        Assert.Equal("other_date", DisputeKind.OtherDate.ToCode());
    }

    [Fact]
    public void The_action_type_codes_are_exactly_those_of_the_design()
    {
        Assert.Equal(
            ["suspended", "terminated", "restricted", "content_removed", "geo_blocked", "demonetized", "reinstated", "warned", "other"],
            Codes.All<ActionType>());
    }

    [Fact]
    public void The_stated_by_codes_are_exactly_those_of_the_design()
    {
        Assert.Equal(["platform", "subject", "government", "third_party"], Codes.All<StatedBy>());
    }

    [Fact]
    public void The_reason_categories_are_the_dsa_list_plus_the_trackers_own()
    {
        Assert.Equal(
        [
            "animal_welfare", "consumer_information", "cyber_violence", "data_protection_and_privacy_violations",
            "illegal_or_harmful_speech", "intellectual_property_infringements", "negative_effects_on_civic_discourse_or_elections",
            "protection_of_minors", "risk_for_public_security", "scams_and_fraud", "self_harm", "unsafe_and_prohibited_products",
            "violence", "other_violation_tc", "legal_compliance_local_law", "government_request", "platform_error", "not_stated",
        ], Codes.All<ReasonCategory>());
    }

    [Fact]
    public void Every_code_parses_back_to_its_value()
    {
        RoundTrips<ActionType>();
        RoundTrips<ReasonCategory>();
        RoundTrips<StatedBy>();
        RoundTrips<DisputeKind>();
        RoundTrips<SubjectKind>();
        RoundTrips<DatePrecision>();
        RoundTrips<CaseStatus>();
    }

    private static void RoundTrips<T>() where T : struct, Enum
    {
        foreach (var value in Enum.GetValues<T>())
        {
            Assert.True(Codes.TryParse<T>(value.ToCode(), out var parsed), $"{typeof(T).Name}.{value} as {value.ToCode()}");
            Assert.Equal(value, parsed);
        }
        Assert.Equal(Enum.GetValues<T>().Length, Codes.All<T>().Distinct().Count());
    }

    [Theory]
    [InlineData("banned")]
    [InlineData("Suspended")]
    [InlineData("ContentRemoved")]
    [InlineData("content-removed")]
    [InlineData(" suspended")]
    [InlineData("")]
    [InlineData(null)]
    public void An_unknown_code_is_refused(string? code)
    {
        Assert.False(Codes.TryParse<ActionType>(code, out _));
        Assert.False(Codes.IsKnown<ActionType>(code));
    }
}
