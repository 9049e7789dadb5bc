using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// Portuguese readings: "pela própria Meta" stresses the platform as the actor (no self-deletion);
/// "no Instagram e no TikTok" lists two platforms with their prepositions; songs and tracks are content,
/// and tracks that "saíram do ar" were removed, not suspended.
/// </summary>
public class PortugueseReadingTests
{
    [Fact]
    public void The_platform_itself_acting_is_not_self_deletion()
    {
        const string text = "A conta da jornalista Rita Sampaio foi desativada pela própria Meta a 3 de março, por fraude.";
        var claims = Fixtures.Extract(text, "pt", new DateOnly(2024, 3, 10)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal((ActionType.Suspended, "2024-03-03"), (claim.Action, claim.Date?.Value));
    }

    [Fact]
    public void Platforms_listed_each_with_a_preposition_each_get_the_action()
    {
        const string text = "O humorista Tiago Reis teve os perfis no Instagram e no TikTok suspensos a 5 de maio.";
        var claims = Fixtures.Extract(text, "pt", new DateOnly(2024, 5, 10)).Claims;

        Assert.Equal(["Instagram", "TikTok"], claims.Where(c => c.Action == ActionType.Suspended).Select(c => c.Platform).Order().ToArray());
    }

    [Fact]
    public void Tracks_taken_offline_are_removed_content()
    {
        const string text = "O Spotify removeu 12 músicas da cantora Lia Nunes. As faixas saíram do ar no dia 4 de junho.";
        var claims = Fixtures.Extract(text, "pt", new DateOnly(2024, 6, 10)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal((ActionType.ContentRemoved, "2024-06-04"), (claim.Action, claim.Date?.Value));
    }
}

/// <summary>"hemos restablecido todas las funciones de la cuenta": the features of one account, restored, are its reinstatement.</summary>
public class AccountFeaturesTests
{
    [Fact]
    public void Restoring_the_features_of_an_account_is_a_reinstatement()
    {
        const string text = "TikTok limitó la cuenta de la revista La Lupa el 2 de marzo. "
                            + "Un portavoz de TikTok dijo que \"hemos restablecido todas las funciones de la cuenta\" el 6 de marzo.";
        var claims = Fixtures.Extract(text, "es", new DateOnly(2024, 3, 10)).Claims;

        Assert.Single(claims, c => c.Action == ActionType.Reinstated && c.Platform == "TikTok");
    }
}
