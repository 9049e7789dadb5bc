using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Counted ads removed are content; archived groups are restricted; duration nouns and quoted nicknames in German names; speakers who refer to the rules.</summary>
public class AdsNamesAndSpeakersTests
{
    [Theory]
    [InlineData("en", "Facebook removed three ads from the page of Votes for Change on 4 May.")]
    [InlineData("pl", "Meta usunęła jedną reklamę partii Ruch Śląski.")]
    public void Removing_counted_ads_is_removing_content(string language, string text)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2024, 5, 20)).Claims);
        Assert.Equal(ActionType.ContentRemoved, claim.Action);
    }

    [Fact]
    public void Removing_ads_from_a_channel_is_still_demonetization()
    {
        var claim = Assert.Single(Fixtures.Extract("YouTube removed ads from the channel of Jane Doe on 4 May.", "en", new DateOnly(2024, 5, 20)).Claims);
        Assert.Equal(ActionType.Demonetized, claim.Action);
    }

    [Fact]
    public void A_quoted_nickname_stays_inside_the_name_before_a_verb_final_passive()
    {
        var claim = Assert.Single(Fixtures.Extract(
            "Die Berliner Streamerin Jana „Jaynix“ Köhler ist von Twitch für einen Tag gesperrt worden.", "de", new DateOnly(2024, 5, 20)).Claims);
        Assert.Equal("Jana „Jaynix“ Köhler", claim.Subject);
        Assert.Equal(ActionType.Suspended, claim.Action);
    }

    [Fact]
    public void A_capitalised_duration_is_no_subject()
    {
        var claims = Fixtures.Extract(
            "Twitter hat das Konto von Henning Laube gesperrt. Bereits im Februar war sein Konto für zwölf Stunden eingeschränkt worden.", "de").Claims;
        Assert.Contains(claims, c => c.Action == ActionType.Restricted);
        Assert.DoesNotContain(claims, c => c.Subject == "Stunden");
    }

    [Fact]
    public void A_spokesperson_who_refers_to_the_rules_gives_the_platforms_grounds()
    {
        var claim = Assert.Single(Fixtures.Extract(
            "X hat am 10. Juli das Konto von Anna Lindqvist gesperrt. Ein Sprecher von X verwies auf die Regeln gegen Hassrede.", "de",
            new DateOnly(2024, 7, 20)).Claims);
        var reason = Assert.Single(claim.Reasons);
        Assert.Equal(StatedBy.Platform, reason.StatedBy);
    }

    [Theory]
    [InlineData("nl", "De Facebookgroep 'Buurtwacht Noord' werd op 9 mei door Facebook gearchiveerd.")]
    [InlineData("pl", "Facebook zarchiwizował grupę na Facebooku „Olsztyn bez cenzury” 6 września.")]
    public void A_group_archived_by_the_platform_is_restricted(string language, string text)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2024, 10, 1)).Claims);
        Assert.Equal(ActionType.Restricted, claim.Action);
    }

    [Theory]
    [InlineData("en", "Twitter suspended the account of Anna Berg on 2 March. In January her account had been restricted for three days. "
                      + "The suspension came after she shared a photo. A Twitter spokesperson pointed to its rules on hate speech.")]
    [InlineData("de", "X hat das Konto von Anna Berg am 2. März gesperrt. Schon im Januar war ihr Konto für drei Tage eingeschränkt worden. "
                      + "Die Sperre erfolgte, nachdem sie ein Foto geteilt hatte. Ein Sprecher von X verwies auf die Regeln gegen Hassrede.")]
    public void Grounds_after_a_sentence_that_names_an_action_again_explain_that_action(string language, string text)
    {
        var claims = Fixtures.Extract(text, language, new DateOnly(2024, 3, 20)).Claims;
        var suspended = Assert.Single(claims, c => c.Action == ActionType.Suspended);
        Assert.Contains(suspended.Reasons, r => r.StatedBy == StatedBy.Platform);
        Assert.Empty(Assert.Single(claims, c => c.Action == ActionType.Restricted).Reasons);
    }

    [Theory]
    [InlineData("es", "TikTok cerró la cuenta de Álex Navarro el 23 de septiembre. Un portavoz de TikTok explicó que la decisión se tomó por \"promoción de actividades fraudulentas\".", ReasonCategory.ScamsAndFraud)]
    [InlineData("nl", "YouTube heeft het kanaal van Rob Jansen op 28 februari verwijderd wegens misleidende berichten over vaccins.", ReasonCategory.NegativeEffectsOnCivicDiscourseOrElections)]
    public void Grounds_are_read_in_their_inflected_forms(string language, string text, ReasonCategory category)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language, new DateOnly(2024, 10, 1)).Claims);
        Assert.Contains(claim.Reasons, r => r.Category == category);
    }
}
