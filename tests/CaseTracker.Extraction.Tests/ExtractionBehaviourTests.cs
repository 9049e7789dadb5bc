using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Dates, negatives, attribution and merging, sentence by sentence.</summary>
public class ExtractionBehaviourTests
{
    private static readonly DateOnly Published = new(2024, 3, 6); // a Wednesday

    [Fact]
    public void A_day_and_month_without_publication_date_keeps_no_year()
    {
        var claim = Fixtures.Single(Fixtures.Extract("Facebook a supprimé la page de Nadia Roux le 7 juin.", "fr"), ActionType.Terminated);
        Assert.Equal("--06-07", claim.Date?.Value);
        Assert.False(claim.Date!.YearInferred);
    }

    [Fact]
    public void A_missing_year_is_taken_from_the_publication_date_and_flagged()
    {
        var claim = Fixtures.Single(Fixtures.Extract("Twitter suspended the account of Omar Haddad on March 2.", "en", Published), ActionType.Suspended);
        Assert.Equal("2024-03-02", claim.Date?.Value);
        Assert.True(claim.Date!.YearInferred);
    }

    [Fact]
    public void A_date_later_than_publication_belongs_to_the_year_before()
    {
        var claim = Fixtures.Single(Fixtures.Extract("Twitter suspended the account of Omar Haddad on December 28.", "en", new DateOnly(2024, 1, 3)), ActionType.Suspended);
        Assert.Equal("2023-12-28", claim.Date?.Value);
    }

    [Fact]
    public void An_explicit_year_is_not_flagged_as_inferred()
    {
        var claim = Fixtures.Single(Fixtures.Extract("YouTube a fermé la chaîne de Leo Brun le 3 février 2021.", "fr", Published), ActionType.Suspended);
        Assert.Equal("2021-02-03", claim.Date?.Value);
        Assert.False(claim.Date!.YearInferred);
    }

    [Theory]
    [InlineData("en", "Twitter suspended the account of Omar Haddad yesterday.", "2024-03-05")]
    [InlineData("en", "Twitter suspended the account of Omar Haddad on Sunday.", "2024-03-03")]
    [InlineData("en", "Twitter suspended the account of Omar Haddad last month.", "2024-02")]
    [InlineData("fr", "Twitter a suspendu hier le compte de Omar Haddad.", "2024-03-05")]
    [InlineData("fr", "Le mois dernier, Twitter a suspendu le compte de Omar Haddad.", "2024-02")]
    [InlineData("de", "Twitter hat das Konto von Omar Haddad gestern gesperrt.", "2024-03-05")]
    [InlineData("es", "Twitter suspendió ayer la cuenta de Omar Haddad.", "2024-03-05")]
    [InlineData("it", "Twitter ha sospeso ieri l'account di Omar Haddad.", "2024-03-05")]
    [InlineData("pt", "O Twitter suspendeu ontem a conta de Omar Haddad.", "2024-03-05")]
    [InlineData("nl", "Twitter heeft het account van Omar Haddad gisteren geschorst.", "2024-03-05")]
    public void Relative_dates_resolve_against_the_publication_date(string language, string text, string expected)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, language, Published), ActionType.Suspended);
        Assert.Equal(expected, claim.Date?.Value);
    }

    [Theory]
    [InlineData("en", "Twitter suspended the account of Omar Haddad yesterday.")]
    [InlineData("fr", "Twitter a suspendu dimanche le compte de Omar Haddad.")]
    public void Relative_dates_give_nothing_without_a_publication_date(string language, string text)
    {
        var claim = Fixtures.Single(Fixtures.Extract(text, language), ActionType.Suspended);
        Assert.Null(claim.Date);
    }

    [Theory]
    [InlineData("fr", "Twitter n'a pas suspendu le compte de Omar Haddad.")]
    [InlineData("fr", "Twitter menace de fermer le compte de Omar Haddad.")]
    [InlineData("fr", "Le contenu est régulièrement bloqué ou censuré par les autorités, malgré Twitter.")]
    [InlineData("fr", "SpaceX a cessé d'utiliser Zoom sur les problèmes de confidentialité.")]
    [InlineData("fr", "Omar Haddad a supprimé lui-même son compte Twitter.")]
    [InlineData("en", "Twitter denied banning the account of Omar Haddad.")]
    [InlineData("en", "Twitter did not remove the videos of Omar Haddad.")]
    [InlineData("en", "Facebook plans to remove the page of Omar Haddad.")]
    [InlineData("en", "A court ordered ISPs to block the Telegram channel of Omar Haddad.")]
    [InlineData("en", "Omar Haddad deleted his own tweets about Twitter.")]
    [InlineData("en", "Zoom said it was suspending free sign-ups in China.")]
    [InlineData("de", "Twitter hat das Konto von Omar Haddad nicht gesperrt.")]
    [InlineData("es", "Twitter no suspendió la cuenta de Omar Haddad.")]
    [InlineData("it", "Twitter non ha sospeso l'account di Omar Haddad.")]
    [InlineData("pt", "O Twitter não suspendeu a conta de Omar Haddad.")]
    [InlineData("nl", "Twitter heeft het account van Omar Haddad niet geschorst.")]
    public void Denials_plans_government_acts_customers_and_self_deletions_are_not_platform_actions(string language, string text)
    {
        Assert.DoesNotContain(Fixtures.Extract(text, language).Claims, c => c.Action != ActionType.Warned);
    }

    [Fact]
    public void A_threat_by_the_platform_is_at_most_a_warning()
    {
        var claims = Fixtures.Extract("Twitter threatened to ban the account of Omar Haddad.", "en").Claims;
        Assert.All(claims, c => Assert.Equal(ActionType.Warned, c.Action));
    }

    [Theory]
    [InlineData("fr", "Twitter a suspendu le compte de Omar Haddad.", "Omar Haddad")]
    [InlineData("en", "X suspended Omar Haddad's account.", "Omar Haddad")]
    [InlineData("en", "Twitter suspended the account @omar_h on Monday.", "@omar_h")]
    [InlineData("en", "YouTube removed the channel \"Daily Truth\" for spam.", "Daily Truth")]
    [InlineData("en", "Facebook banned Alex Stone after the rally.", "Alex Stone")]
    [InlineData("de", "Twitter hat den Account von Omar Haddad gesperrt.", "Omar Haddad")]
    public void The_subject_is_found_by_grammar(string language, string text, string subject)
    {
        var claim = Assert.Single(Fixtures.Extract(text, language).Claims);
        Assert.Equal(subject, claim.Subject);
    }

    [Theory]
    [InlineData("X suspended the account of Omar Haddad.", "Twitter")]
    [InlineData("VKontakte blocked the page of Omar Haddad.", "VK")]
    [InlineData("The App Store removed the app of Omar Haddad.", "Apple App Store")]
    public void Platform_aliases_give_the_canonical_name(string text, string platform)
    {
        Assert.Equal(platform, Assert.Single(Fixtures.Extract(text, "en").Claims).Platform);
    }

    [Fact]
    public void The_same_action_told_three_times_is_one_claim_with_three_quotes()
    {
        const string text = "Twitch banned the channel of Mia Kern on May 4. The ban was confirmed by Twitch. Mia Kern said Twitch had banned her channel.";
        var claim = Assert.Single(Fixtures.Extract(text, "en").Claims);
        Assert.Equal(ActionType.Terminated, claim.Action);
        Assert.Equal(3, claim.Quotes.Count);
        Assert.Equal("--05-04", claim.Date?.Value);
    }

    [Fact]
    public void A_suspension_then_a_reinstatement_each_keep_their_own_date()
    {
        var result = Fixtures.Extract("Twitter suspended the account of Omar Haddad on March 1 and restored it on March 4.", "en", Published);
        Assert.Equal("2024-03-01", Fixtures.Single(result, ActionType.Suspended).Date?.Value);
        Assert.Equal("2024-03-04", Fixtures.Single(result, ActionType.Reinstated).Date?.Value);
    }

    [Fact]
    public void A_pronoun_speaker_is_the_last_party_that_spoke()
    {
        const string text = "Instagram confirmed that it had suspended the account of Omar Haddad. \"The account repeatedly shared hate speech,\" it said.";
        var reason = Assert.Single(Fixtures.Single(Fixtures.Extract(text, "en"), ActionType.Suspended).Reasons);
        Assert.Equal((ReasonCategory.IllegalOrHarmfulSpeech, StatedBy.Platform), (reason.Category, reason.StatedBy));
        Assert.Equal("The account repeatedly shared hate speech,", reason.Quote.Text);
    }

    [Fact]
    public void The_subject_saying_it_got_no_explanation_is_a_not_stated_reason_by_the_subject()
    {
        const string text = "TikTok suspended the account of Omar Haddad. Omar Haddad said he received no explanation.";
        var reason = Assert.Single(Fixtures.Single(Fixtures.Extract(text, "en"), ActionType.Suspended).Reasons);
        Assert.Equal((ReasonCategory.NotStated, StatedBy.Subject), (reason.Category, reason.StatedBy));
    }

    [Fact]
    public void A_territory_named_with_a_block_makes_it_a_geo_block_with_scope()
    {
        var claim = Assert.Single(Fixtures.Extract("Twitter blocked the account of Omar Haddad in India.", "en").Claims);
        Assert.Equal((ActionType.GeoBlocked, "India"), (claim.Action, claim.Scope));
        var french = Assert.Single(Fixtures.Extract("YouTube a bloqué la chaîne de Omar Haddad en Russie.", "fr").Claims);
        Assert.Equal((ActionType.GeoBlocked, "Russie"), (french.Action, french.Scope));
    }

    [Fact]
    public void Confidence_is_between_zero_and_one()
    {
        var claims = Fixtures.ArticleNames().SelectMany(n => Fixtures.Extractor.Extract(Fixtures.Article(n).ToInput()).Claims);
        Assert.All(claims, c => Assert.InRange(c.Confidence, 0.0, 1.0));
    }
}
