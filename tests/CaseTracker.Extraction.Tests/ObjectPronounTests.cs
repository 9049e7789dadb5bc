using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// "YouTube banned him", "Die Plattform habe ihn gesperrt": an object pronoun names no one, so the
/// subject is the person the article named before; the pronoun is never taken for the actor, and neither is a
/// place that completes a name ("Katrin Seliger aus Leipzig").
/// </summary>
public class ObjectPronounTests
{
    private const string BannedHim = """
        Comedian says YouTube banned him over a parody of a cooking show

        The stand-up comedian Marcus Ellery has lost his main source of income. YouTube banned him on October 4, two days after he uploaded a parody of a well-known cooking programme, he told reporters outside a London theatre on Friday.

        "I make jokes about celebrity chefs, not about anyone's safety," said Ellery, whose videos had drawn some 300,000 subscribers since 2019. He has filed an appeal but has not heard back.

        A spokesperson for Google, which owns YouTube, said the company does not comment on individual accounts. Fans of the comedian have started a petition that had gathered 12,000 signatures by Sunday.

        Ellery plans to keep performing live and says he will post short clips on Instagram in the meantime.
        """;

    [Fact]
    public void An_English_object_pronoun_takes_the_person_named_before()
    {
        var result = Fixtures.Extract(BannedHim, "en", new DateOnly(2024, 10, 12));

        var claim = Assert.Single(result.Claims);
        Assert.Equal("YouTube", claim.Platform);
        Assert.Contains("Ellery", claim.Subject);
        Assert.Equal("2024-10-04", claim.Date?.Value);
        Fixtures.AssertQuotesAreVerbatim(BannedHim, result);
    }

    private const string HatIhnGesperrt = """
        Kabarettist aus Leipzig: TikTok hat ihn ohne Vorwarnung gesperrt

        Der Leipziger Kabarettist Jonas Wendler ist auf TikTok nicht mehr zu finden. Die Plattform habe ihn am 9. März gesperrt, sagte Wendler am Dienstag dieser Zeitung. Eine Begründung habe er nicht erhalten.

        Wendler hatte auf der Plattform seit drei Jahren kurze Sketche über den Alltag in Sachsen veröffentlicht und dort rund 80.000 Follower gesammelt. Zuletzt hatte er sich in einem Video über einen Bürgermeister lustig gemacht.

        Ein Sprecher von TikTok wollte sich auf Anfrage nicht zu dem Fall äußern. Wendler hat Widerspruch eingelegt und will bis zu einer Entscheidung auf Instagram ausweichen.
        """;

    [Fact]
    public void A_German_object_pronoun_before_the_participle_is_the_target_and_the_platform_the_actor()
    {
        var result = Fixtures.Extract(HatIhnGesperrt, "de", new DateOnly(2024, 3, 14));

        var claim = Assert.Single(result.Claims);
        Assert.Equal("TikTok", claim.Platform);
        Assert.Equal(ActionType.Suspended, claim.Action);
        Assert.Contains("Wendler", claim.Subject);
        Assert.Equal("2024-03-09", claim.Date?.Value);
        Fixtures.AssertQuotesAreVerbatim(HatIhnGesperrt, result);
    }

    private const string NameWithOrigin = """
        Instagram sperrt Konto einer Bloggerin

        Instagram hat das Konto der Bloggerin Katrin Seliger aus Leipzig am 11. Juni gesperrt. Die Bloggerin hatte dort seit 2019 Beiträge über Lokalpolitik veröffentlicht. Sie will Widerspruch einlegen.
        """;

    [Fact]
    public void A_place_after_a_name_completes_the_name_and_is_not_taken_for_the_actor()
    {
        var result = Fixtures.Extract(NameWithOrigin, "de", new DateOnly(2024, 6, 20));

        var claim = Assert.Single(result.Claims);
        Assert.Equal("Instagram", claim.Platform);
        Assert.Equal("Katrin Seliger", claim.Subject);
        Assert.Equal("2024-06-11", claim.Date?.Value);
    }
}
