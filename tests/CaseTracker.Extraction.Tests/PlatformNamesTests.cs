using CaseTracker.Extraction.Platforms;

namespace CaseTracker.Extraction.Tests;

/// <summary>The platform catalogue as the API and the exports use it: canonical names by alias, and near misses.</summary>
public sealed class PlatformNamesTests
{
    [Theory]
    [InlineData("x", "Twitter")]
    [InlineData("X", "Twitter")]
    [InlineData(" twitter ", "Twitter")]
    [InlineData("TikTok", "TikTok")]
    [InlineData("vkontakte", "VK")]
    [InlineData("zoom", "Zoom")]
    public void Any_alias_in_any_case_gives_the_canonical_name(string written, string canonical) =>
        Assert.Equal(canonical, PlatformNames.Canonical(written));

    [Fact]
    public void A_name_the_catalogue_does_not_know_has_no_canonical_name_and_is_kept_as_given()
    {
        Assert.Null(PlatformNames.Canonical("Twiter"));
        Assert.Equal("Gab Social", PlatformNames.CanonicalOrGiven(" Gab Social "));
    }

    [Theory]
    [InlineData("Twiter", "Twitter")]
    [InlineData("Youtub", "YouTube")]
    [InlineData("Facebok", "Facebook")]
    [InlineData("Tiktko", "TikTok")]
    public void A_misspelt_name_finds_the_platform_it_was_meant_to_be(string written, string meant) =>
        Assert.Equal(meant, PlatformNames.Nearest(written)[0]);

    [Fact]
    public void A_name_far_from_every_platform_has_no_near_miss() =>
        Assert.Empty(PlatformNames.Nearest("Humanitarian China"));
}
