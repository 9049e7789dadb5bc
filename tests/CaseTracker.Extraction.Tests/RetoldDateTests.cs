using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// Dates told in another sentence than the report of the action: a sentence naming the action again
/// ("Die Verwarnung ...") dates it even when the same sentence reports a further action, far from the
/// first report; a date blocker ("nach") governs a date only when nothing but articles stands between.
/// </summary>
public class RetoldDateTests
{
    [Fact]
    public void A_retelling_many_sentences_later_dates_the_action()
    {
        const string text = "TikTok verwarnt Lena Vogt. Die Streamerin Lena Vogt hat von TikTok eine Verwarnung erhalten. "
                            + "Sie habe nichts falsch gemacht, sagte Vogt. Ihre Fans reagierten empört. Viele schrieben der Plattform. "
                            + "Ein Verband kritisierte das Vorgehen. Die Streamerin will klagen. Ihr Anwalt prüft die Lage. "
                            + "Die Verwarnung sei bereits am 14. März ausgesprochen worden.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 3, 20)).Claims;

        var warned = Assert.Single(claims, c => c.Action == ActionType.Warned);
        Assert.Equal("2024-03-14", warned.Date?.Value);
    }

    [Theory]
    [InlineData("de", "Zwei Videos von Lena Vogt wurden nach ihren Angaben am 14. März von TikTok gelöscht.", "2024-03-14")]
    [InlineData("en", "Two videos by Lena Vogt were removed by TikTok, a week after the March 14 hearing.", null)]
    public void A_blocker_word_governs_a_date_only_when_adjacent(string language, string text, string? expected)
    {
        var claims = Fixtures.Extract(text, language, new DateOnly(2024, 3, 20)).Claims;

        var removed = Assert.Single(claims, c => c.Action == ActionType.ContentRemoved);
        Assert.Equal(expected, removed.Date?.Value);
    }

    [Fact]
    public void A_number_word_opening_a_sentence_is_no_name()
    {
        const string text = "Drei Beiträge der Influencerin Lena Vogt wurden am 14. März von Instagram gelöscht.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 3, 20)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal(ActionType.ContentRemoved, claim.Action);
    }
}

/// <summary>"wieder erreichbar seit dem 26. November", "suspended since May 3": a state since a day began that day.</summary>
public class SinceDateTests
{
    [Theory]
    [InlineData("de", "YouTube hat den Kanal von Lena Vogt wieder freigeschaltet. Der Kanal ist seit dem 26. November wieder erreichbar.", "2024-11-26")]
    [InlineData("en", "The account of Lena Vogt has been suspended by YouTube since November 26.", "2024-11-26")]
    public void A_state_since_a_day_dates_the_action(string language, string text, string expected)
    {
        var claims = Fixtures.Extract(text, language, new DateOnly(2024, 11, 29)).Claims;

        Assert.Equal(expected, Assert.Single(claims).Date?.Value);
    }
}
