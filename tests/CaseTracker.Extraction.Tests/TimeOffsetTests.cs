using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// "Two days after a row, YouTube removed the channel", "Hace dos semanas YouTube eliminó el canal": a span before
/// the verb that places the action in time is not how long it lasts, so the removal stays a termination.
/// </summary>
public class TimeOffsetTests
{
    private const string DaysAfter = """
        Podcast network loses its YouTube channel days after a row with a rival host

        Two days after a public row with a rival host, the podcast network Loud Table says YouTube removed its channel, taking down six years of recorded episodes and about 240,000 subscribers.

        "We woke up on Saturday and everything was gone," co-founder Hannah Obi said in a post on Instagram. The network says it received no explanation beyond an automated email citing the platform's harassment policy.

        Loud Table has appealed and is publishing new episodes on Spotify in the meantime. YouTube did not answer questions sent on Monday.
        """;

    [Fact]
    public void A_span_followed_by_after_places_the_removal_in_time_and_does_not_make_it_a_suspension()
    {
        var result = Fixtures.Extract(DaysAfter, "en", new DateOnly(2024, 4, 10));

        var channel = Assert.Single(result.Claims, c => c.Platform == "YouTube" && c.Action == ActionType.Terminated);
        Assert.Contains("Loud Table", channel.Subject);
        Assert.DoesNotContain(result.Claims, c => c.Action == ActionType.Suspended);
        Fixtures.AssertQuotesAreVerbatim(DaysAfter, result);
    }

    private const string HaceDosSemanas = """
        Un humorista pierde su canal de YouTube

        Hace dos semanas YouTube eliminó el canal del humorista Pablo Ríos, que tenía 90.000 suscriptores. El cómico asegura que nunca recibió una advertencia y que ha presentado una apelación.
        """;

    [Fact]
    public void A_span_after_ago_words_is_no_duration_in_Spanish_either()
    {
        var result = Fixtures.Extract(HaceDosSemanas, "es", new DateOnly(2024, 4, 10));

        var claim = Assert.Single(result.Claims);
        Assert.Equal(ActionType.Terminated, claim.Action);
        Assert.Contains("Pablo Ríos", claim.Subject);
    }

    private const string ForTwoWeeks = """
        Un humorista, suspendido en YouTube

        YouTube cerró el canal del humorista Pablo Ríos durante dos semanas después de una queja de una productora.
        """;

    [Fact]
    public void A_span_after_the_verb_is_still_the_duration()
    {
        var result = Fixtures.Extract(ForTwoWeeks, "es", new DateOnly(2024, 4, 10));

        Assert.Contains(result.Claims, c => c.Subject.Contains("Pablo Ríos") && c.Action == ActionType.Suspended);
    }
}
