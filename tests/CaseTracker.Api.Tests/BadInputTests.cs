using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

/// <summary>Bad input gets a 4xx problem naming what was wrong, and nothing is written.</summary>
[Collection(ApiCollection.Name)]
public sealed class BadInputTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    public static TheoryData<string, string, string> InvalidWrites => new()
    {
        // path (ACTION replaced by an action id), body, the field the answer must name
        { "actions", """{"type":"banned","source":{"outlet":"A"}}""", "type" },
        { "actions", """{"type":"suspended"}""", "source" },
        { "actions", """{"type":"suspended","source":{"outlet":""}}""", "source.outlet" },
        { "actions", """{"type":"suspended","source":{"outlet":"A","url":"not a url"}}""", "source.url" },
        { "actions", """{"type":"suspended","source":{"outlet":"A","url":"javascript:alert(1)"}}""", "source.url" },
        { "actions", """{"type":"suspended","occurredOn":{"value":"2021-02-30"},"source":{"outlet":"A"}}""", "occurredOn.value" },
        { "actions", """{"type":"suspended","occurredOn":{"value":"2999-01-01"},"source":{"outlet":"A"}}""", "occurredOn.value" },
        { "actions", """{"type":"suspended","occurredOn":{"value":"June 7"},"source":{"outlet":"A"}}""", "occurredOn.value" },
        { "actions", """{"type":"suspended","source":{"outlet":"A","publishedOn":"2999-12-31"}}""", "source.publishedOn" },
        { "actions", """{"type":"suspended","source":{"outlet":"A","language":"french!"}}""", "source.language" },
        { "actions", $$$"""{"type":"suspended","source":{"outlet":"A","quote":"{{{new string('q', 5001)}}}"}}""", "source.quote" },
        { "actions", """{"type":"suspended","source":{"outlet":"A"},"version":0}""", "version" },
        { "actions/ACTION/sources", """{"source":{"outlet":""}}""", "source.outlet" },
        { "actions/ACTION/disputes", """{"kind":"maybe","source":{"outlet":"A"}}""", "kind" },
        { "actions/ACTION/disputes", """{"kind":"other_date","source":{"outlet":"A"}}""", "claimedDate" },
        { "actions/ACTION/withdraw", """{"rationale":""}""", "rationale" },
        { "reasons", """{"statedBy":"moderator","category":"violence","text":"t","source":{"outlet":"A"}}""", "statedBy" },
        { "reasons", """{"statedBy":"platform","category":"spam","text":"t","source":{"outlet":"A"}}""", "category" },
        { "reasons", """{"statedBy":"platform","category":"violence","text":"","source":{"outlet":"A"}}""", "text" },
        { "reasons", """{"statedBy":"platform","category":"violence","text":"bell\u0007","source":{"outlet":"A"}}""", "text" },
        { "notes", """{"text":""}""", "text" },
        { "close", $$$"""{"rationale":"{{{new string('r', 5001)}}}"}""", "rationale" },
    };

    [Theory]
    [MemberData(nameof(InvalidWrites))]
    public async Task An_invalid_write_is_a_400_naming_the_field_and_leaves_the_stream_unchanged(string path, string body, string field)
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "suspended");

        var response = await _api.PostRaw($"/api/cases/{caseId}/{path.Replace("ACTION", actionId.ToString())}", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal("/problems/validation", problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem should name {field}: {problem}");
        Assert.Equal(2, await _api.EventCount(caseId));
    }

    [Theory]
    [InlineData("""{"subject":{"name":"A","kind":"account"}}""", "platform")]
    [InlineData("""{"platform":"Zoom"}""", "subject")]
    [InlineData("""{"platform":"Zoom","subject":{"name":"A","kind":"person"}}""", "subject.kind")]
    [InlineData("""{"platform":"Zoom","subject":{"name":"","kind":"account"}}""", "subject.name")]
    [InlineData("""{"platform":"Zoom","subject":{"name":"A","kind":"account","country":"France"}}""", "subject.country")]
    public async Task An_invalid_case_is_a_400_naming_the_field_and_opens_nothing(string body, string field)
    {
        var platform = ApiClient.UniquePlatform();
        var response = await _api.PostRaw("/api/cases", body.Replace("Zoom", platform));

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"the problem should name {field}: {problem}");
        Assert.Equal(0, (await _api.Get($"/api/cases?platform={platform}")).GetProperty("items").GetArrayLength());
    }

    [Theory]
    [InlineData("actions", """{"type":"suspended","source":{"outlet":"A"}}""")]
    [InlineData("reasons", """{"statedBy":"platform","category":"violence","text":"t","source":{"outlet":"A"}}""")]
    [InlineData("notes", """{"text":"t"}""")]
    [InlineData("close", "{}")]
    [InlineData("reopen", "{}")]
    public async Task Writing_to_an_unknown_case_is_404(string path, string body)
    {
        var response = await _api.PostRaw($"/api/cases/{Guid.NewGuid()}/{path}", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("/problems/case-not-found", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task An_unknown_case_with_an_expected_version_is_still_404()
    {
        var response = await _api.PostRaw($"/api/cases/{Guid.NewGuid()}/notes", """{"text":"t"}""", ifMatch: 3);

        await ApiClient.Problem(response, HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("sources", """{"source":{"outlet":"A"}}""")]
    [InlineData("disputes", """{"kind":"denial","source":{"outlet":"A"}}""")]
    [InlineData("withdraw", """{"rationale":"r"}""")]
    public async Task Writing_to_an_unknown_action_is_404_and_writes_nothing(string path, string body)
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.PostRaw($"/api/cases/{caseId}/actions/{Guid.NewGuid()}/{path}", body);

        Assert.Equal("/problems/action-not-found", (await ApiClient.Problem(response, HttpStatusCode.NotFound)).GetProperty("type").GetString());
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task Reading_an_unknown_case_is_404_problem()
    {
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}/events"), HttpStatusCode.NotFound);
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}?asOf=2020-01-01T00:00:00Z"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"type":""")]
    [InlineData("""{"type": 5, "source": {"outlet": "A"}}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"type":"suspended","source":{"outlet":"A"},"version":"three"}""")]
    [InlineData("""{"type":"suspended","source":{"outlet":"A"},"version":99999999999999999999999}""")]
    [InlineData("")]
    public async Task Malformed_json_is_a_400_problem_and_writes_nothing(string body)
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.PostRaw($"/api/cases/{caseId}/actions", body);

        await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_415()
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.PostRaw($"/api/cases/{caseId}/notes", "text=hello", "application/x-www-form-urlencoded");

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task An_oversized_body_is_413_problem_and_writes_nothing()
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.PostRaw($"/api/cases/{caseId}/notes", $$$"""{"text":"{{{new string('x', 70_000)}}}"}""");

        Assert.Equal("/problems/body-too-large", (await ApiClient.Problem(response, HttpStatusCode.RequestEntityTooLarge)).GetProperty("type").GetString());
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Theory]
    [InlineData("page=0", "page")]
    [InlineData("pageSize=1000", "pageSize")]
    [InlineData("status=pending", "status")]
    [InlineData("action=banned", "action")]
    public async Task A_bad_list_filter_is_a_400_naming_it(string query, string field)
    {
        var response = await _api.Http.GetAsync($"/api/cases?{query}");

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _));
    }

    [Theory]
    [InlineData("/api/cases?page=abc", "page")]
    [InlineData("/api/cases?pageSize=1e9", "pageSize")]
    [InlineData("/api/claims?sourceId=not-a-guid", "sourceId")]
    public async Task An_unparseable_query_value_is_a_400_naming_it(string url, string parameter)
    {
        var response = await _api.Http.GetAsync(url);

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.Contains(parameter, problem.GetRawText());
    }

    [Fact]
    public async Task A_bad_as_of_is_a_400()
    {
        var (caseId, _) = await _api.OpenCase();

        await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{caseId}?asOf=yesterday-ish"), HttpStatusCode.BadRequest);
    }
}
