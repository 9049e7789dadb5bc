using System.Net;
using System.Text;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

/// <summary>A POST repeated with the same Idempotency-Key happens once; the repeat gets the first answer.</summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task A_repeated_open_returns_the_first_answer_and_opens_one_case()
    {
        var platform = ApiClient.UniquePlatform();
        var body = $$$"""{"platform":"{{{platform}}}","newPlatform":true,"subject":{"name":"Humanitarian China","kind":"account"}}""";
        var key = Guid.NewGuid().ToString();

        var first = await Post(fixture.Client(), "/api/cases", body, key);
        var repeat = await Post(fixture.Client(), "/api/cases", body, key);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.Created, repeat.StatusCode);
        Assert.Equal(first.Headers.Location, repeat.Headers.Location);
        Assert.Equal(first.Headers.ETag, repeat.Headers.ETag);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await repeat.Content.ReadAsStringAsync());
        Assert.Equal("true", repeat.Headers.GetValues("Idempotent-Replayed").Single());
        Assert.Equal(1, (await _api.Get($"/api/cases?platform={platform}")).GetProperty("items").GetArrayLength());
    }

    [Fact]
    public async Task Ten_racing_requests_with_one_key_write_one_event_and_all_get_the_same_answer()
    {
        var (caseId, _) = await _api.OpenCase();
        var key = Guid.NewGuid().ToString();

        var answers = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"once"}""", key)));

        Assert.All(answers, a => Assert.Equal(HttpStatusCode.Created, a.StatusCode));
        var bodies = await Task.WhenAll(answers.Select(a => a.Content.ReadAsStringAsync()));
        Assert.Single(bodies.Distinct());
        Assert.Equal(2, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task The_same_key_with_another_body_is_422_and_writes_nothing()
    {
        var (caseId, _) = await _api.OpenCase();
        var key = Guid.NewGuid().ToString();
        await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"first"}""", key);

        var other = await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"second"}""", key);

        Assert.Equal("/problems/idempotency-key-reused", (await ApiClient.Problem(other, HttpStatusCode.UnprocessableEntity)).GetProperty("type").GetString());
        Assert.Equal(2, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_request_refused_the_first_time_can_be_retried_with_the_same_key()
    {
        var (caseId, version) = await _api.OpenCase();
        var key = Guid.NewGuid().ToString();

        var stale = await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"retry me"}""", key, ifMatch: version + 5);
        var retried = await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"retry me"}""", key, ifMatch: version);

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Created, retried.StatusCode);
        Assert.False(retried.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(2, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task Keys_of_different_principals_never_meet()
    {
        var (caseId, _) = await _api.OpenCase();
        var key = Guid.NewGuid().ToString();

        var byAdmin = await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"same words"}""", key);
        var byAnalyst = await Post(fixture.Client(Role.Analyst), $"/api/cases/{caseId}/notes", """{"text":"same words"}""", key);

        Assert.Equal(HttpStatusCode.Created, byAdmin.StatusCode);
        Assert.Equal(HttpStatusCode.Created, byAnalyst.StatusCode);
        Assert.False(byAnalyst.Headers.Contains("Idempotent-Replayed"));
        Assert.Equal(3, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("é")]
    public async Task A_malformed_key_is_a_400(string key)
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await Post(fixture.Client(), $"/api/cases/{caseId}/notes", """{"text":"t"}""", key);

        Assert.Equal("/problems/bad-idempotency-key", (await ApiClient.Problem(response, HttpStatusCode.BadRequest)).GetProperty("type").GetString());
        Assert.Equal(1, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_key_longer_than_255_characters_is_a_400()
    {
        var response = await Post(fixture.Client(), "/api/cases", "{}", new string('k', 256));

        await ApiClient.Problem(response, HttpStatusCode.BadRequest);
    }

    private static async Task<HttpResponseMessage> Post(HttpClient client, string url, string body, string key, long? ifMatch = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.TryAddWithoutValidation("Idempotency-Key", key);
        if (ifMatch is { } version) request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await client.SendAsync(request);
    }
}
