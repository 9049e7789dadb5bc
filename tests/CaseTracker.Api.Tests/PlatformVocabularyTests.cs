using System.Net;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>One platform vocabulary: cases store canonical names, misspellings are refused, claims about X meet a case opened for "x".</summary>
[Collection(ApiCollection.Name)]
public sealed class PlatformVocabularyTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Theory]
    [InlineData("x")]
    [InlineData("X")]
    [InlineData("twitter")]
    public async Task A_case_opened_for_an_alias_is_stored_under_the_canonical_name(string written)
    {
        var subject = $"Group {Articles.UniqueWord()}";
        var response = await _api.Post("/api/cases", new { platform = written, subject = new { name = subject, kind = "group" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var history = await _api.History((await ApiClient.Body(response)).GetProperty("caseId").GetGuid());
        Assert.Equal("Twitter", history.GetProperty("platform").GetString());
        var listed = await _api.Get($"/api/cases?platform=X&subject={Uri.EscapeDataString(subject)}");
        Assert.Equal(1, listed.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_misspelt_platform_is_refused_with_the_nearest_known_names_and_opens_nothing()
    {
        var subject = $"Group {Articles.UniqueWord()}";
        var response = await _api.Post("/api/cases", new { platform = "Twiter", subject = new { name = subject, kind = "group" } });

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        var message = problem.GetProperty("errors").GetProperty("platform")[0].GetString();
        Assert.Contains("did you mean Twitter", message);
        Assert.Contains("\"newPlatform\": true", message);
        Assert.Equal(0, (await _api.Get($"/api/cases?platform=Twiter")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task A_platform_new_to_the_catalogue_is_opened_when_the_request_says_so()
    {
        var platform = $"Kovo{Articles.UniqueWord()}";
        var response = await _api.Post("/api/cases", new { platform, newPlatform = true, subject = new { name = "Group A", kind = "group" } });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var history = await _api.History((await ApiClient.Body(response)).GetProperty("caseId").GetGuid());
        Assert.Equal(platform, history.GetProperty("platform").GetString());
    }

    [Fact]
    public async Task A_claim_about_twitter_lands_in_the_case_opened_by_hand_for_x()
    {
        var group = $"Lantern {Articles.UniqueWord()} Collective";
        var opened = await ApiClient.Body(await _api.Post("/api/cases", new { platform = "x", subject = new { name = group, kind = "group" } }));
        var source = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored(group), Articles.UniqueUrl())));
        var claimId = source.GetProperty("claims")[0].GetProperty("id").GetGuid();

        var accepted = await ApiClient.Body(await _api.Post($"/api/claims/{claimId}/accept", new { }));

        Assert.Equal(opened.GetProperty("caseId").GetGuid(), accepted.GetProperty("caseId").GetGuid());
        Assert.False(accepted.GetProperty("newCase").GetBoolean());
    }
}
