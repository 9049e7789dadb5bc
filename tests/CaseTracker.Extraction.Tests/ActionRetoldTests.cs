using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// A later sentence that names the action again ("Die endgültige Sperre erfolgte ... wegen ...") reports the
/// grounds of the action just told, as the platform gave them, though it has no speaker and makes no new claim.
/// </summary>
public class ActionRetoldTests
{
    private const string SperreWegen = """
        Instagram sperrt Konto einer Bloggerin dauerhaft

        Instagram hat das Konto der Bloggerin Katrin Seliger dauerhaft gesperrt. Die Bloggerin hatte dort seit 2019 Beiträge über Lokalpolitik veröffentlicht und zuletzt rund 40.000 Follower.

        Die endgültige Sperre erfolgte am 11. Juni wegen wiederholter Hassrede gegen Geflüchtete. Seliger bestreitet die Vorwürfe und will Widerspruch einlegen.

        Der Verein Dresden für Alle begrüßte den Schritt. Die Bloggerin kündigte an, künftig auf Telegram zu veröffentlichen.
        """;

    [Fact]
    public void The_grounds_in_a_sentence_that_names_the_action_again_explain_the_action_told_before()
    {
        var result = Fixtures.Extract(SperreWegen, "de", new DateOnly(2024, 6, 20));

        var claim = Assert.Single(result.Claims);
        Assert.Equal(ActionType.Terminated, claim.Action);
        Assert.Contains("Seliger", claim.Subject);
        var reason = Assert.Single(claim.Reasons);
        Assert.Equal(ReasonCategory.IllegalOrHarmfulSpeech, reason.Category);
        Assert.Equal(StatedBy.Platform, reason.StatedBy);
        Fixtures.AssertQuotesAreVerbatim(SperreWegen, result);
    }
}
