namespace CaseTracker.Extraction.Tests;

/// <summary>
/// German capitalises every noun, so a capitalised word opening a sentence may be a name or not; a
/// connective or time adverb there ("Deshalb wurde ...", "Danach sperrte ...") never is one.
/// </summary>
public class ConnectiveAdverbTests
{
    [Theory]
    [InlineData("Unser Team hat deine Inhalte überprüft und Verstöße festgestellt. Deshalb wurde dein Kanal am 3. Mai von YouTube entfernt.")]
    [InlineData("Die Plattform prüfte die Inhalte. Danach sperrte YouTube am 3. Mai den Kanal von Laborfunk.")]
    public void An_adverb_opening_the_sentence_is_not_the_subject(string text)
    {
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 5, 20)).Claims;

        Assert.NotEmpty(claims);
        Assert.All(claims, c => Assert.DoesNotContain(c.Subject.Split(' '), w => w is "Deshalb" or "Danach"));
    }
}
