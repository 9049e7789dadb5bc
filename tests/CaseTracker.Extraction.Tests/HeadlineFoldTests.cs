using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// A headline names the subject loosely ("Klimaforscherin", "a streamer"); the body names it properly. The
/// headline's report is the body's one action of that platform and code, not a second claim; where the body
/// tells two such actions, the headline stays apart. German: "mit 40.000 Followern" is no name.
/// </summary>
public class HeadlineFoldTests
{
    [Fact]
    public void A_headline_report_merges_into_the_one_matching_action_of_the_body()
    {
        const string text = "TikTok sperrt Konto von Klimaforscherin\n"
                            + "Das Konto der Forscherin Ida Brenner wurde am 4. März von TikTok gesperrt. Sie hatte ein Video über Gletscher gezeigt.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 3, 10)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal((ActionType.Suspended, "2024-03-04"), (claim.Action, claim.Date?.Value));
        Assert.Contains("Ida Brenner", claim.Subject);
        Assert.Equal(2, claim.Quotes.Count);
    }

    [Fact]
    public void A_headline_stays_apart_when_the_body_tells_two_such_actions()
    {
        const string text = "TikTok sperrt Konten von Klimaforschern\n"
                            + "Das Konto der Forscherin Ida Brenner wurde am 4. März von TikTok gesperrt. "
                            + "Das Konto des Forschers Paul Kramer wurde am 6. März von TikTok gesperrt.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 3, 10)).Claims;

        Assert.Equal(3, claims.Count(c => c.Action == ActionType.Suspended));
    }

    [Fact]
    public void A_capitalised_noun_after_a_number_is_not_the_actor()
    {
        const string text = "Meta hat das Konto von Mia Rothe wieder freigeschaltet. Instagram hatte das Profil mit 40.000 Followern am 3. September gesperrt.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 11, 29)).Claims;

        var suspended = Assert.Single(claims, c => c.Action == ActionType.Suspended);
        Assert.Equal("2024-09-03", suspended.Date?.Value);
    }
}
