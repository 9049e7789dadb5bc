using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// "X hat von Instagram eine Verwarnung erhalten": the person before an action noun received it, the
/// platform after "von" gave it. German capitalises every noun: a lone capitalised word after an article
/// ("einer Frist") is no name, and posts, clips or pictures are content, not an account.
/// </summary>
public class ReceivedFromPlatformTests
{
    [Theory]
    [InlineData("Der Youtuber Jonas Pfeiffer hat am 2. Juni von YouTube eine Verwarnung erhalten.")]
    [InlineData("Der Youtuber Jonas Pfeiffer hat am 2. Juni eine Verwarnung von YouTube bekommen.")]
    public void The_person_receiving_an_action_from_the_platform_is_its_subject(string text)
    {
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 6, 10)).Claims;

        var claim = Assert.Single(claims);
        Assert.Equal(("YouTube", ActionType.Warned, "2024-06-02"), (claim.Platform, claim.Action, claim.Date?.Value));
        Assert.Contains("Jonas Pfeiffer", claim.Subject);
    }

    [Fact]
    public void A_capitalised_noun_after_an_article_is_not_the_subject_and_clips_are_content()
    {
        const string text = "YouTube hat den Kanal von Jonas Pfeiffer verwarnt. Die Clips seien nach Ablauf einer Frist von YouTube gelöscht worden.";
        var claims = Fixtures.Extract(text, "de", new DateOnly(2024, 6, 10)).Claims;

        var removed = Assert.Single(claims, c => c.Action == ActionType.ContentRemoved);
        Assert.DoesNotContain("Frist", removed.Subject);
        Assert.DoesNotContain(claims, c => c.Action == ActionType.Terminated);
    }
}
