using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// "X a été bannie de LinkedIn": the compound passive (perfect auxiliary + "été") with a person as the one acted on,
/// also when an apposition set off by commas stands between the name and the verb.
/// </summary>
public class PerfectPassiveTests
{
    [Theory]
    [InlineData("Margot Lefranc a été bannie de LinkedIn le 4 mars.")]
    [InlineData("Margot Lefranc, consultante installée à Nantes, a été bannie de LinkedIn le 4 mars.")]
    public void A_person_banned_in_the_compound_passive_is_the_subject(string text)
    {
        var claims = Fixtures.Extract(text, "fr", new DateOnly(2024, 3, 10)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal(("LinkedIn", ActionType.Terminated, "Margot Lefranc", "2024-03-04"), (claim.Platform, claim.Action, claim.Subject, claim.Date?.Value));
    }
}
