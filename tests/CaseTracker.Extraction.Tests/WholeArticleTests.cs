using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// Whole articles in the style of real coverage (headline, lede, background, quotes, other platforms):
/// the action code from the whole clause, word forms no list spells out, reasons and who gave them,
/// listed platforms and names, dates across sentences, and the platform catalogue.
/// </summary>
public class WholeArticleTests
{
    private const string DurationsAndObjects = """
        Streamer banned for 48 hours, then stripped of ads, after charity marathon

        A Leeds streamer who raises money for food banks says Twitch banned his channel for 48 hours on March 2, in the middle of a charity marathon that had already collected more than £8,000. Dan Whitcombe, who streams as @LoafLord, said the suspension arrived without any warning.

        "I had the chat open, I was reading donations, and then the screen just went black," Whitcombe told the Courier on Monday. He said he was told the stream had shown a copyrighted film clip for a few seconds.

        It was not the end of his trouble. A week later YouTube removed his channel from the partner program, cutting off the advertising income of his older recordings, and Instagram restricted his livestreams for thirty days.

        The same company had once permanently suspended a second account he ran for his band, a decision he never contested. Twitch declined to comment on individual cases.
        """;

    [Fact]
    public void The_action_code_comes_from_the_whole_clause_not_from_the_verb_alone()
    {
        var result = Fixtures.Extract(DurationsAndObjects, "en", new DateOnly(2024, 3, 14));

        Assert.Contains(result.Claims, c => c.Platform == "Twitch" && c.Action == ActionType.Suspended && c.Date?.Value == "2024-03-02");
        Assert.DoesNotContain(result.Claims, c => c.Platform == "Twitch" && c.Subject.Contains("Whitcombe") && c.Action == ActionType.Terminated);
        Assert.Single(result.Claims, c => c.Platform == "YouTube" && c.Action == ActionType.Demonetized);
        Assert.Single(result.Claims, c => c.Platform == "Instagram" && c.Action == ActionType.Restricted);
        Assert.Contains(result.Claims, c => c.Action == ActionType.Terminated);
        Fixtures.AssertQuotesAreVerbatim(DurationsAndObjects, result);
    }

    private const string GeoAndPermanent = """
        Plattform sperrt Satirekanal in der Türkei, Konto eines Bloggers dauerhaft gesperrt

        Der Kurzvideodienst TikTok hat den Kanal des Satirikers Emre Aydın am 12. Februar in der Türkei eingeschränkt. Nutzer in Deutschland und Österreich können die Videos weiterhin sehen, wie eine Sprecherin des Unternehmens bestätigte.

        Unabhängig davon hat YouTube das Konto des Bloggers Malte Brenner dauerhaft gesperrt. Brenner hatte nach Angaben der Plattform wiederholt gegen die Regeln zu Hassrede verstoßen. Er selbst spricht von Willkür und kündigte an, juristisch gegen die Entscheidung vorzugehen.
        """;

    [Fact]
    public void A_country_makes_a_restriction_geo_blocking_and_permanently_makes_a_suspension_a_termination()
    {
        var result = Fixtures.Extract(GeoAndPermanent, "de", new DateOnly(2024, 2, 20));

        var geo = Assert.Single(result.Claims, c => c.Platform == "TikTok");
        Assert.Equal(ActionType.GeoBlocked, geo.Action);
        Assert.Equal("2024-02-12", geo.Date?.Value);
        var banned = Assert.Single(result.Claims, c => c.Platform == "YouTube");
        Assert.Equal(ActionType.Terminated, banned.Action);
        Assert.Contains("Brenner", banned.Subject);
    }

    private const string FormsAndIdioms = """
        Un portal de noticias vuelve a publicar en Facebook tras una semana de bloqueo

        La red social Facebook suspendió la página del portal salvadoreño El Faro Austral el martes 6, según denunció su director, Mauricio Lemus. "Nos suspendieron sin explicación alguna, justo cuando publicábamos sobre el presupuesto", dijo Lemus en una rueda de prensa.

        Un portavoz de Meta para Centroamérica explicó el jueves que la página había sido restringida por error y que "tras una revisión, hemos restablecido la página". El Faro Austral cuenta con unos 120.000 seguidores y también publica en YouTube y en Telegram.
        """;

    [Fact]
    public void Other_persons_and_tenses_match_by_stem_and_a_company_spokesperson_speaks_for_its_platform()
    {
        var result = Fixtures.Extract(FormsAndIdioms, "es", new DateOnly(2024, 2, 9));

        var suspended = Assert.Single(result.Claims, c => c.Action == ActionType.Suspended);
        Assert.Equal("Facebook", suspended.Platform);
        Assert.Contains("Faro Austral", suspended.Subject);
        // "el martes 6": a weekday and a day number in the month of publication.
        Assert.Equal("2024-02-06", suspended.Date?.Value);
        // "Un portavoz de Meta" speaks for Facebook: the page "restringida por error" is Facebook's action, its grounds Facebook's.
        var restricted = Assert.Single(result.Claims, c => c.Action == ActionType.Restricted);
        Assert.Equal("Facebook", restricted.Platform);
        var reason = Assert.Single(restricted.Reasons);
        Assert.Equal(StatedBy.Platform, reason.StatedBy);
        Assert.Equal(ReasonCategory.PlatformError, reason.Category);
        Assert.Equal("Facebook", Assert.Single(result.Claims, c => c.Action == ActionType.Reinstated).Platform);
    }

    private const string ListsAndBackground = """
        Facebook et Instagram suspendent les comptes d'un collectif de cyclistes, YouTube retire une vidéo

        Les comptes du collectif Vélorution Nantes ont été suspendus par Facebook et Instagram le 4 mai, selon un message publié par ses membres sur Mastodon. Le collectif, qui organise des défilés mensuels à vélo, compte près de 15 000 abonnés sur les deux réseaux.

        Ce n'est pas la première fois que le groupe se heurte aux plateformes. En novembre 2021, YouTube avait retiré une de ses vidéos parce qu'elle montrait, selon la plateforme, des comportements dangereux sur la voie publique.

        Meta n'a pas répondu aux sollicitations du journal. La Fédération des usagers de la bicyclette a dénoncé « une modération aveugle ».
        """;

    [Fact]
    public void Listed_platforms_are_one_claim_each_and_a_month_with_its_year_keeps_the_year()
    {
        var result = Fixtures.Extract(ListsAndBackground, "fr", new DateOnly(2024, 5, 10));

        var suspensions = result.Claims.Where(c => c.Action == ActionType.Suspended).ToList();
        Assert.Equal(["Facebook", "Instagram"], suspensions.Select(c => c.Platform).Order());
        Assert.All(suspensions, c => Assert.Equal("2024-05-04", c.Date?.Value));
        var removal = Assert.Single(result.Claims, c => c.Action == ActionType.ContentRemoved);
        Assert.Equal("YouTube", removal.Platform);
        Assert.Equal("2021-11", removal.Date?.Value);
        // "parce que ..., selon la plateforme": the grounds after a cue, stated by the platform.
        Assert.Contains(removal.Reasons, r => r.StatedBy == StatedBy.Platform);
    }

    private const string NoPublicationDate = """
        Kanaal van cabaretier weer bereikbaar na fout van YouTube

        Het YouTube-kanaal van cabaretier Joost Verhoef is weer bereikbaar. YouTube had het kanaal op 3 april verwijderd omdat het volgens de dienst misleidende informatie zou verspreiden. Verhoef noemde dat "absurd": "Het was satire, dat ziet een kind." Een woordvoerder van Google liet weten dat het kanaal na een tweede beoordeling is hersteld.
        """;

    [Fact]
    public void Without_a_publication_date_a_day_and_month_stay_without_year_and_reinstatement_idioms_are_read()
    {
        var result = Fixtures.Extract(NoPublicationDate, "nl");

        var removed = Assert.Single(result.Claims, c => c.Action == ActionType.Terminated);
        Assert.Equal("YouTube", removed.Platform);
        Assert.Equal("--04-03", removed.Date?.Value);
        Assert.Contains(removed.Reasons, r => r.StatedBy == StatedBy.Platform);
        var back = Assert.Single(result.Claims, c => c.Action == ActionType.Reinstated);
        Assert.Equal("YouTube", back.Platform);
        Assert.Contains(back.Reasons, r => r.StatedBy == StatedBy.Platform);
    }

    private const string StatementGoesOn = """
        Chemie-Kanal nach Prüfung wieder online, ein Video bleibt gelöscht

        Der Bildungskanal „Reagenzglas“ des Dresdner Lehrers Paul Ebert ist seit Dienstag wieder erreichbar. YouTube hatte den Kanal am 2. Oktober gesperrt, nachdem ein Video über Schwarzpulver gemeldet worden war.

        Ein Sprecher von Google bestätigte am Mittwoch, dass der Kanal nach erneuter Prüfung wiederhergestellt worden sei. Das Video über Schwarzpulver verstoße aber gegen die Richtlinien zu gefährlichen Inhalten und bleibe gelöscht.

        Ebert will künftig vorsichtiger sein. Schulen in Sachsen nutzen seine Videos im Unterricht.
        """;

    [Fact]
    public void A_platform_statement_goes_on_in_the_next_sentence_and_explains_the_action_there()
    {
        var result = Fixtures.Extract(StatementGoesOn, "de", new DateOnly(2023, 10, 12));

        var suspended = Assert.Single(result.Claims, c => c.Action == ActionType.Suspended);
        Assert.Equal("YouTube", suspended.Platform);
        Assert.Equal("2023-10-02", suspended.Date?.Value);
        var back = Assert.Single(result.Claims, c => c.Action == ActionType.Reinstated);
        Assert.Equal("YouTube", back.Platform);
        Assert.Contains(back.Reasons, r => r.StatedBy == StatedBy.Platform);
        Assert.Contains(result.Claims, c => c.Reasons.Any(r => r.StatedBy == StatedBy.Platform && r.Text.Contains("Richtlinien")));
        Fixtures.AssertQuotesAreVerbatim(StatementGoesOn, result);
    }

    [Theory]
    [InlineData("GitHub", "GitHub")]
    [InlineData("Amazon Web Services", "Amazon Web Services")]
    [InlineData("AWS", "Amazon Web Services")]
    [InlineData("Google News", "Google News")]
    [InlineData("X", "Twitter")]
    public void The_catalogue_tells_products_and_services_apart(string alias, string canonical)
    {
        Assert.Equal(canonical, ClaimExtractor.CanonicalPlatform(alias));
    }

    [Fact]
    public void Code_hosting_and_cloud_hosting_are_platforms_of_their_own_not_their_parents()
    {
        const string text = """
            Developer tools removed after sanctions complaint

            GitHub removed the repository of the Iranian developer group Parsa Tools on June 3, the group said, and Amazon Web Services suspended the account that hosted its download mirror two days later. Microsoft, which owns GitHub, said it was reviewing the case. The group's shop on Amazon is still open.
            """;
        var result = Fixtures.Extract(text, "en", new DateOnly(2024, 6, 10));

        Assert.Contains(result.Claims, c => c.Platform == "GitHub" && c.Action == ActionType.ContentRemoved);
        Assert.Contains(result.Claims, c => c.Platform == "Amazon Web Services" && c.Action == ActionType.Suspended);
        Assert.DoesNotContain(result.Claims, c => c.Platform is "Microsoft" or "Amazon");
    }
}
