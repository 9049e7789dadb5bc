using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// "pidió a Facebook e Instagram que suspendan las cuentas": a request addressed to a platform, with the action
/// it asks for a few words on, is no action of the platform; an action the platform did take stays a claim.
/// </summary>
public class RequestToPlatformTests
{
    private const string PidioQueSuspendan = """
        Una asociación de vecinos pide a Facebook y a Instagram que cierren las cuentas de una inmobiliaria

        La asociación de vecinos del barrio de Ruzafa pidió el martes a Facebook e Instagram que suspendan las cuentas de la inmobiliaria Casa Plena, a la que acusa de anunciar pisos turísticos ilegales. "Llevamos meses denunciando estos anuncios", explicó su presidenta, Marta Gil.

        La inmobiliaria niega cualquier irregularidad. Meta no ha respondido a las preguntas de este diario y las cuentas seguían activas el jueves.

        Hace un año, YouTube eliminó el canal de la misma empresa por publicar anuncios engañosos, según confirmó entonces la plataforma.
        """;

    [Fact]
    public void A_request_addressed_to_platforms_gives_no_claim_and_the_platform_s_own_action_stays()
    {
        var result = Fixtures.Extract(PidioQueSuspendan, "es", new DateOnly(2024, 4, 10));

        Assert.DoesNotContain(result.Claims, c => c.Platform is "Facebook" or "Instagram");
        var removed = Assert.Single(result.Claims);
        Assert.Equal("YouTube", removed.Platform);
        Assert.Equal(ActionType.Terminated, removed.Action);
        Fixtures.AssertQuotesAreVerbatim(PidioQueSuspendan, result);
    }

    private const string PurposeNotRequest = """
        Revés judicial para una red social

        La sentencia es un revés para TikTok, que retiró el mes pasado los vídeos del cantante Leo Marín por incitación al odio. La asociación de vecinos pide a TikTok que retire también los vídeos de su productora.
        """;

    [Fact]
    public void A_short_purpose_word_before_the_platform_asks_for_nothing_but_pide_a_does()
    {
        var result = Fixtures.Extract(PurposeNotRequest, "es", new DateOnly(2024, 4, 10));

        var removed = Assert.Single(result.Claims);
        Assert.Equal(ActionType.ContentRemoved, removed.Action);
        Assert.Contains("Leo Marín", removed.Subject);
    }
}
