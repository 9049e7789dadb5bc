using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Passives marked in the verb (Turkish endings, Indonesian "di-"); English progressive policy and requests.</summary>
public class PassiveAndPolicyTests
{
    [Theory]
    [InlineData("tr", "Karaca'nın itirazı üzerine gazeteci Elif Karaca'nın YouTube kanalı 16 Ekim'de kapatıldı.")]
    [InlineData("id", "Akun TikTok milik pedagang batik Siti Rahmawati dibekukan selama seminggu.")]
    public void A_passive_verb_form_leaves_the_name_before_it_as_the_target(string language, string text)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2024, 5, 20)).Claims);
        Assert.True(claim.Platform is "YouTube" or "TikTok");
    }

    [Theory]
    [InlineData("YouTube is banning videos that use artificial intelligence to imitate the voices of real people.")]
    [InlineData("Under the new rules, people whose voices are cloned can ask for the videos to be removed by YouTube.")]
    public void Policy_in_the_progressive_and_requests_a_few_words_back_are_no_actions(string text)
    {
        Assert.Empty(Fixtures.Extract(text, "en").Claims);
    }

    [Fact]
    public void A_past_removal_of_a_named_channel_still_counts()
    {
        var claim = Assert.Single(Fixtures.Extract("YouTube removed the channel \"Celebrity Unfiltered\" on March 7.", "en").Claims);
        Assert.Equal(ActionType.Terminated, claim.Action);
    }
}
