using System.Net;
using System.Net.Http.Json;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class ConcurrencyTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Ten_writers_with_the_same_expected_version_give_one_success_and_nine_conflicts()
    {
        var (caseId, version) = await _api.OpenCase();

        var responses = await Task.WhenAll(Enumerable.Range(0, 10).Select(i =>
            _api.Post($"/api/cases/{caseId}/notes", new { text = $"writer {i}" }, ifMatch: version)));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(9, responses.Count(r => r.StatusCode == HttpStatusCode.Conflict));
        foreach (var conflict in responses.Where(r => r.StatusCode == HttpStatusCode.Conflict))
            Assert.Equal("/problems/version-conflict", (await ApiClient.Problem(conflict, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(2, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task Fifty_writers_without_an_expected_version_all_land()
    {
        var (caseId, _) = await _api.OpenCase();

        var responses = await Task.WhenAll(Enumerable.Range(0, 50).Select(i =>
            _api.Post($"/api/cases/{caseId}/notes", new { text = $"unconditional writer {i}" })));

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        Assert.Equal(51, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_stale_version_is_409_with_the_current_version_and_writes_nothing()
    {
        var (caseId, _) = await _api.OpenCase();
        await _api.RecordAction(caseId, "suspended");

        var response = await _api.Post($"/api/cases/{caseId}/notes", new { text = "stale", version = 1 });

        var problem = await ApiClient.Problem(response, HttpStatusCode.Conflict);
        Assert.Equal(2, problem.GetProperty("currentVersion").GetInt64());
        Assert.Equal(2, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task The_current_version_from_the_etag_lets_the_write_through()
    {
        var (caseId, _) = await _api.OpenCase();
        await _api.RecordAction(caseId, "suspended");
        var read = await _api.Http.GetAsync($"/api/cases/{caseId}");
        var etag = read.Headers.ETag!.Tag;

        var response = await _api.Post($"/api/cases/{caseId}/notes", new { text = "fresh" }, ifMatch: long.Parse(etag.Trim('"')));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"3\"", response.Headers.ETag?.Tag);
    }

    [Theory]
    [InlineData("banana")]
    [InlineData("\"-1\"")]
    public async Task A_malformed_if_match_is_a_400(string header)
    {
        var (caseId, _) = await _api.OpenCase();
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/notes") { Content = JsonContent.Create(new { text = "t" }) };
        request.Headers.TryAddWithoutValidation("If-Match", header);

        var response = await _api.Http.SendAsync(request);

        await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_write_with_an_expected_version_to_an_unknown_case_is_404_not_a_conflict()
    {
        var unknown = Guid.CreateVersion7();

        var response = await _api.Post($"/api/cases/{unknown}/notes", new { text = "nobody here" }, ifMatch: 3);

        var problem = await ApiClient.Problem(response, HttpStatusCode.NotFound);
        Assert.Contains(unknown.ToString(), problem.GetProperty("detail").GetString());
        await _api.Get($"/api/cases/{unknown}", HttpStatusCode.NotFound);
    }
}
