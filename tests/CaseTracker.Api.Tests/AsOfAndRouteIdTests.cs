using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>Reads that cannot answer say why: a moment before the case existed, an id that is not an id.</summary>
[Collection(ApiCollection.Name)]
public sealed class AsOfAndRouteIdTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task As_of_a_moment_before_the_case_was_opened_says_when_it_was_opened()
    {
        var (caseId, _) = await _api.OpenCase();
        var openedAt = (await _api.History(caseId)).GetProperty("openedAt").GetDateTimeOffset();

        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{caseId}?asOf=2020-01-01T00:00:00Z"), HttpStatusCode.NotFound);

        Assert.Equal("/problems/case-not-yet-opened", problem.GetProperty("type").GetString());
        Assert.Contains($"was opened at {openedAt.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}", problem.GetProperty("detail").GetString());
        Assert.Equal(openedAt, problem.GetProperty("openedAt").GetDateTimeOffset());
    }

    [Fact]
    public async Task As_of_for_a_case_that_never_existed_is_still_case_not_found() =>
        Assert.Equal("/problems/case-not-found", (await ApiClient.Problem(
            await _api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}?asOf=2020-01-01T00:00:00Z"), HttpStatusCode.NotFound)).GetProperty("type").GetString());

    [Theory]
    [InlineData("GET", "/api/cases/not-a-guid", "id")]
    [InlineData("GET", "/api/cases/123/events", "id")]
    [InlineData("GET", "/api/cases/123/export", "id")]
    [InlineData("POST", "/api/cases/abc/notes", "id")]
    [InlineData("POST", "/api/cases/CASE/actions/xyz/sources", "actionId")]
    [InlineData("GET", "/api/claims/abc", "id")]
    [InlineData("POST", "/api/claims/abc/accept", "id")]
    [InlineData("GET", "/api/sources/abc", "id")]
    [InlineData("GET", "/api/sources/abc/index", "id")]
    public async Task An_id_that_is_not_a_guid_is_a_400_naming_the_parameter(string method, string url, string parameter)
    {
        var (caseId, _) = await _api.OpenCase();
        using var request = new HttpRequestMessage(new HttpMethod(method), url.Replace("CASE", caseId.ToString()));
        if (method == "POST") request.Content = new StringContent("{}", System.Text.Encoding.UTF8, "application/json");

        var problem = await ApiClient.Problem(await _api.Http.SendAsync(request), HttpStatusCode.BadRequest);

        Assert.Equal("/problems/bad-id", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(parameter, out _), problem.GetRawText());
        Assert.Equal(1, await _api.EventCount(caseId));
    }
}
