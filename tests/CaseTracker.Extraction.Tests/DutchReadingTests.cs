using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// Dutch (and English) readings: "een waarschuwing van YouTube gekregen" (the platform after a source
/// preposition gave it, the channel named before received it); a quoted phrase in lower case after the
/// account noun is speech, not the account's name, and does not cut the noun off from its verb;
/// "vorige week vrijdag" is the Friday of the week before publication.
/// </summary>
public class DutchReadingTests
{
    [Theory]
    [InlineData("nl", "Het techkanaal Schroefje heeft op 9 april een waarschuwing van YouTube gekregen.", "2024-04-09")]
    [InlineData("en", "The cooking channel Schroefje received a warning from YouTube on April 9.", "2024-04-09")]
    public void The_channel_receiving_a_warning_from_the_platform_is_its_subject(string language, string text, string date)
    {
        var claims = Fixtures.Extract(text, language, new DateOnly(2024, 4, 20)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal(("YouTube", ActionType.Warned, "Schroefje", date), (claim.Platform, claim.Action, claim.Subject, claim.Date?.Value));
    }

    [Fact]
    public void A_lower_case_quote_after_the_account_noun_is_not_its_name()
    {
        const string text = "TikTok had het account van Lotte Verbeek verwijderd. Ze maakte bezwaar. Haar volgers protesteerden. "
                            + "Een woordvoerder van TikTok liet weten dat het account \"na een nieuwe beoordeling\" op maandag 6 mei is hersteld.";
        var claims = Fixtures.Extract(text, "nl", new DateOnly(2024, 5, 10)).Claims;

        var reinstated = Assert.Single(claims, c => c.Action == ActionType.Reinstated);
        Assert.Equal("2024-05-06", reinstated.Date?.Value);
        Assert.Contains("Lotte Verbeek", reinstated.Subject);
    }

    [Theory]
    [InlineData("nl", "TikTok had het account van Lotte Verbeek vorige week vrijdag verwijderd.", 2024, 5, 8, "2024-05-03")]
    [InlineData("nl", "TikTok had het account van Lotte Verbeek vorige week vrijdag verwijderd.", 2024, 5, 10, "2024-05-03")]
    public void A_weekday_of_last_week_is_that_day(string language, string text, int y, int m, int d, string expected)
    {
        var claims = Fixtures.Extract(text, language, new DateOnly(y, m, d)).Claims;

        Assert.Equal(expected, Assert.Single(claims).Date?.Value);
    }
}
