using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// A later sentence that names the action again ("Die endgültige Sperre erfolgte ... wegen ...") reports the
/// grounds and the date of the action just told (the grounds as the platform gave them), though it has no speaker
/// and makes no new claim.
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
        Assert.Equal("2024-06-11", claim.Date?.Value);
        var reason = Assert.Single(claim.Reasons);
        Assert.Equal(ReasonCategory.IllegalOrHarmfulSpeech, reason.Category);
        Assert.Equal(StatedBy.Platform, reason.StatedBy);
        Fixtures.AssertQuotesAreVerbatim(SperreWegen, result);
    }

    private const string SuspensionTookEffect = """
        Facebook suspends the page of a food bank, then says sorry

        Facebook suspended the page of Pantry Partners, a food bank in Glasgow, after a wave of reports from a rival group, volunteers said on Thursday. The page, followed by 12,000 people, had been used to announce opening hours and urgent needs.

        The suspension took effect on February 3, in the middle of a cold spell when demand was highest. "We lost our only way of telling families where to go," said coordinator Aileen Murray.

        Meta said in a statement that it was reviewing the case. A local councillor, Ross McKenna, has written to the company asking for a faster appeals process for charities.
        """;

    [Fact]
    public void The_date_of_a_definite_retelling_dates_the_action_told_in_the_lede()
    {
        var result = Fixtures.Extract(SuspensionTookEffect, "en", new DateOnly(2024, 2, 9));

        var claim = Assert.Single(result.Claims);
        Assert.Equal(ActionType.Suspended, claim.Action);
        Assert.Contains("Pantry Partners", claim.Subject);
        Assert.Equal("2024-02-03", claim.Date?.Value);
        Fixtures.AssertQuotesAreVerbatim(SuspensionTookEffect, result);
    }

    private const string IlBanDefinitivo = """
        Twitch banna per sempre uno streamer milanese dopo tre sospensioni

        Lo streamer milanese Davide "Darkmoon" Ferri è stato bannato definitivamente da Twitch il 14 maggio. Negli ultimi due mesi il suo canale, seguito da circa 180.000 persone, era già stato sospeso tre volte.

        Il ban definitivo è stato deciso per "molestie ripetute" nei confronti di altri creatori, si legge nella comunicazione che Ferri ha pubblicato su Instagram. Lui sostiene di non aver mai insultato nessuno e parla di "segnalazioni di massa".

        Diversi colleghi hanno difeso Ferri durante le dirette della settimana scorsa. Twitch non commenta i singoli casi.
        """;

    [Fact]
    public void The_loan_noun_ban_names_the_termination_and_its_grounds_go_to_it_not_to_the_earlier_suspensions()
    {
        var result = Fixtures.Extract(IlBanDefinitivo, "it", new DateOnly(2024, 5, 20));

        var ban = Assert.Single(result.Claims, c => c.Action == ActionType.Terminated);
        Assert.Equal("Twitch", ban.Platform);
        Assert.Contains("Ferri", ban.Subject);
        Assert.Equal("2024-05-14", ban.Date?.Value);
        var reason = Assert.Single(ban.Reasons);
        Assert.Equal(ReasonCategory.CyberViolence, reason.Category);
        Assert.Equal(StatedBy.Platform, reason.StatedBy);
        var suspended = Assert.Single(result.Claims, c => c.Action == ActionType.Suspended);
        Assert.Empty(suspended.Reasons);
        Fixtures.AssertQuotesAreVerbatim(IlBanDefinitivo, result);
    }

    private const string BanIssuedLater = """
        Twitch bans a chess streamer after a tournament dispute

        Twitch has permanently banned the chess streamer Viktor Halloran, one of the most watched players on the platform. Halloran had streamed daily since 2019. His broadcasts mixed blitz games with commentary on elite tournaments. Many viewers joined for his analysis of the world championship.

        The ban was issued on November 14, a day after he accused an opponent of cheating during a live broadcast. Halloran said he would appeal and moved his streams to Kick.
        """;

    [Fact]
    public void A_retelling_after_a_background_paragraph_still_dates_the_ban_and_modifiers_before_a_role_word_keep_the_name()
    {
        var result = Fixtures.Extract(BanIssuedLater, "en", new DateOnly(2024, 11, 20));

        var ban = Assert.Single(result.Claims);
        Assert.Equal("Twitch", ban.Platform);
        Assert.Equal(ActionType.Terminated, ban.Action);
        Assert.Equal("Viktor Halloran", ban.Subject);
        Assert.Equal("2024-11-14", ban.Date?.Value);
        Fixtures.AssertQuotesAreVerbatim(BanIssuedLater, result);
    }
}
