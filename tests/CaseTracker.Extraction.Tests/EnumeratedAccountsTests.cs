using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Accounts enumerated after the action ("removed four accounts: „A”, „B”, „C” and „D”") are one claim each.</summary>
public class EnumeratedAccountsTests
{
    [Theory]
    [InlineData("ro", "TikTok a eliminat patru conturi românești: „Legiunea Nouă”, „Neam și Cruce”, „Tineretul Verde” și „Calea Căpitanului”.", 4)]
    [InlineData("en", "YouTube terminated three channels on Monday: \"Truth Hour\", \"Daily Awake\" and \"Red Pill Radio\".", 3)]
    [InlineData("id", "Twitter menangguhkan tiga akun: @SuaraRakyat, @PatriotMuda, dan @KabarNegeri.", 3)]
    public void Each_enumerated_account_is_its_own_claim(string language, string text, int count)
    {
        var claims = Fixtures.Extract(text, language).Claims;
        Assert.Equal(count, claims.Count);
        Assert.Equal(count, claims.Select(c => c.Subject).Distinct().Count());
    }

    [Fact]
    public void Two_names_without_a_colon_or_account_noun_are_not_a_list_of_subjects()
    {
        var claims = Fixtures.Extract("Facebook suspended the page of Nora Vance on Monday, Amnesty and Access Now said.", "en").Claims;
        var claim = Assert.Single(claims);
        Assert.Equal(ActionType.Suspended, claim.Action);
    }
}

/// <summary>"TikTok did the same": another platform repeating the action just told.</summary>
public class SameActionTests
{
    [Fact]
    public void A_platform_doing_the_same_repeats_the_action_on_the_names_it_lists()
    {
        const string text = "Instagram cerró el 19 de septiembre las cuentas de cinco influencers investigados por estafa.\n\n" +
                            "TikTok hizo lo mismo el 23 de septiembre con los tres que tenían cuenta en su plataforma: Navarro, CryptoLuna y Prieto.";
        var tiktok = Fixtures.Extract(text, "es", new DateOnly(2024, 9, 25)).Claims.Where(c => c.Platform == "TikTok").ToList();
        Assert.Equal(3, tiktok.Count);
        Assert.All(tiktok, c => Assert.Equal((ActionType.Terminated, "2024-09-23"), (c.Action, c.Date?.Value)));
    }

    [Fact]
    public void Doing_the_same_with_nothing_told_before_is_no_claim()
    {
        Assert.Empty(Fixtures.Extract("YouTube did the same last year, a spokesperson said.", "en").Claims);
    }
}

/// <summary>Accounts that "disappeared from" a platform, listed before the verb with quoted names.</summary>
public class DisappearedAccountsTests
{
    [Fact]
    public void Each_listed_profile_that_disappeared_from_the_platform_was_removed()
    {
        const string text = "Los perfiles de Álex Navarro, \"CryptoLuna\", Iván Prieto, \"ElLoboDeMadrid\" y Sara Benítez desaparecieron de Instagram el 19 de septiembre.";
        var claims = Fixtures.Extract(text, "es", new DateOnly(2024, 9, 25)).Claims;
        Assert.Equal(5, claims.Count);
        Assert.All(claims, c => Assert.Equal(("Instagram", ActionType.Terminated, "2024-09-19"), (c.Platform, c.Action, c.Date?.Value)));
    }
}
