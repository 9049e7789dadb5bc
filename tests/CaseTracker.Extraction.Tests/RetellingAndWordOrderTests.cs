using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>A retelling that dates an earlier report; German passives with the auxiliary after the participle; German nouns after adjectives.</summary>
public class RetellingAndWordOrderTests
{
    [Fact]
    public void The_removal_of_a_group_told_again_with_a_date_dates_its_termination()
    {
        const string text = "Facebook ha eliminado el grupo privado \"Riders Unidos\", que coordinaba la huelga.\n\nLa eliminación se produjo el 5 de mayo, según uno de sus administradores.";
        var claim = Assert.Single(Fixtures.Extract(text, "es", new DateOnly(2023, 5, 10)).Claims);
        Assert.Equal((ActionType.Terminated, "2023-05-05"), (claim.Action, claim.Date?.Value));
    }

    [Fact]
    public void An_action_noun_opening_a_sentence_names_the_action_again()
    {
        const string text = "TikTok a eliminat contul „Legiunea Nouă”, care publica propagandă.\n\nȘtergerea a avut loc pe 2 decembrie, după o sesizare.";
        var claim = Assert.Single(Fixtures.Extract(text, "ro", new DateOnly(2024, 12, 5)).Claims);
        Assert.Equal("2024-12-02", claim.Date?.Value);
    }

    [Fact]
    public void A_German_passive_with_the_auxiliary_after_the_participle_is_a_passive()
    {
        const string text = "YouTube hatte den Kanal „Laborfunk“ am 17. Mai gesperrt. Nach seinem Einspruch sei die Sperre am 22. Mai aufgehoben worden.";
        var back = Fixtures.Single(Fixtures.Extract(text, "de", new DateOnly(2023, 5, 25)), ActionType.Reinstated);
        Assert.Equal(("YouTube", "2023-05-22"), (back.Platform, back.Date?.Value));
    }

    [Fact]
    public void A_German_noun_after_an_adjective_is_not_a_name()
    {
        const string text = "YouTube hatte den Kanal „Laborfunk“ gesperrt. Eine Sprecherin bestätigte, dass der Kanal nach erneuter Prüfung wiederhergestellt worden sei.";
        var back = Fixtures.Single(Fixtures.Extract(text, "de", new DateOnly(2023, 5, 25)), ActionType.Reinstated);
        Assert.DoesNotContain("Prüfung", back.Subject);
    }
}
