using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Who gave the grounds: the platform as subject, an error told with its reversal, a spokesperson named without an organisation.</summary>
public class ReasonAttributionTests
{
    [Theory]
    [InlineData("de", "X hat den Account der Forscherin Anna Lindqvist am 10. Juli gesperrt. X stufte den Beitrag als „irreführende Informationen“ ein.")]
    [InlineData("pt", "O YouTube removeu a transmissão da Igreja da Graça. O YouTube classificou a afirmação como \"desinformação médica\".")]
    public void A_platform_as_the_subject_of_the_grounds_states_them(string language, string text)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2023, 7, 12)).Claims);
        Assert.Equal(StatedBy.Platform, Assert.Single(claim.Reasons).StatedBy);
    }

    [Fact]
    public void An_error_explains_the_removal_and_its_reversal_told_together()
    {
        const string text = "Instagram disabled the account of Just Stop Tarmac on June 6. Meta said that the Instagram account had been \"removed in error\" and \"has now been restored\".";
        var result = Fixtures.Extract(text, "en", new DateOnly(2023, 6, 20));
        var back = Fixtures.Single(result, ActionType.Reinstated);
        Assert.Contains(back.Reasons, r => r.Category == ReasonCategory.PlatformError && r.StatedBy == StatedBy.Platform);
    }

    [Fact]
    public void A_spokesperson_named_without_an_organisation_speaks_for_the_account_not_as_a_new_subject()
    {
        const string text = "TikTok banned the account of Just Stop Tarmac on June 8. \"We are being quietly erased,\" said spokesperson Orla Finnegan.";
        var result = Fixtures.Extract(text, "en", new DateOnly(2023, 6, 20));
        Assert.DoesNotContain(result.Claims, c => c.Subject.Contains("Finnegan"));
    }
}

/// <summary>An outlet or employer given beside a person is neither the subject nor the actor.</summary>
public class AffiliationTests
{
    [Theory]
    [InlineData("es", "El periodista de Business Insider, David Seaman, denunció que su cuenta de Twitter fue suspendida por varias horas.", "David Seaman")]
    [InlineData("en", "The account of Drew Harwell of The Washington Post was suspended by Twitter on Thursday.", "Drew Harwell")]
    [InlineData("es", "Twitter suspendió la cuenta de Ryan Mac, de The New York Times.", "Ryan Mac")]
    public void The_person_is_the_subject_not_the_outlet_they_work_for(string language, string text, string subject)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2022, 12, 16)).Claims);
        Assert.Equal(ActionType.Suspended, claim.Action);
        Assert.Contains(subject, claim.Subject);
    }
}

/// <summary>The grounds a platform gave for one restriction of an account hold for its other restrictions of it.</summary>
public class SharedGroundsTests
{
    [Fact]
    public void A_later_ban_of_the_same_account_takes_the_platforms_grounds_and_a_reversal_does_not()
    {
        const string text = "Twitch suspended the channel of Simone Ricci for seven days on June 3 for harassment, the company said.\n\n" +
                            "On June 24 Twitch banned the channel of Simone Ricci permanently.\n\nRicci said he would appeal. On June 30 Twitch restored the channel of Simone Ricci.";
        var result = Fixtures.Extract(text, "en", new DateOnly(2024, 7, 1));
        var banned = Fixtures.Single(result, ActionType.Terminated);
        Assert.Contains(banned.Reasons, r => r.StatedBy == StatedBy.Platform && r.Category == ReasonCategory.CyberViolence);
        Assert.Empty(Fixtures.Single(result, ActionType.Reinstated).Reasons);
    }
}
