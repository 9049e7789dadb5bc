using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>Rejections the probe found as 500s, empty bodies or framework wording: each a problem detail saying what was wrong.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProtocolProblemsTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Theory]
    [InlineData("/api/cases?page=107374184")]
    [InlineData("/api/cases?page=2147483647&pageSize=100")]
    [InlineData("/api/claims?page=107374184")]
    [InlineData("/api/search?q=zoom&page=107374184")]
    [InlineData("/api/platforms/zoom/activity?page=178956971")]
    [InlineData("/api/platforms/activity?page=107374184")]
    [InlineData("/api/subjects/somebody/history?page=107374184")]
    [InlineData("/api/sources/00000000-0000-0000-0000-000000000001/index?page=107374184")]
    public async Task A_page_whose_offset_overflows_is_a_400_naming_page(string url)
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync(url), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("page", out _), problem.ToString());
    }

    [Theory]
    [InlineData(null)]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    public async Task A_body_not_declared_as_json_is_a_415_and_writes_nothing(string? contentType)
    {
        var (caseId, _) = await _api.OpenCase();
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes("""{"text":"nul\u0000here"}"""));
        if (contentType is not null) content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        var problem = await ApiClient.Problem(await _api.Http.PostAsync($"/api/cases/{caseId}/notes", content), HttpStatusCode.UnsupportedMediaType);

        Assert.Contains("application/json", problem.GetProperty("detail").GetString());
        Assert.Equal(1, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task An_over_long_url_is_a_414_problem()
    {
        await ApiClient.Problem(await _api.Http.GetAsync("/api/cases?platform=" + new string('a', 10_000)), HttpStatusCode.RequestUriTooLong);
    }

    [Theory]
    [InlineData("/api/cases", """{"platform": 5}""")]
    [InlineData("/api/cases", """[1,2,3]""")]
    [InlineData("/api/cases", """{"platform":"Zoom","subject":"not an object"}""")]
    [InlineData("/api/sources", """{"outlet":{"a":1}}""")]
    [InlineData("/api/sources/batch", """{"sources":"x"}""")]
    [InlineData("/api/cases/merge", """{"sourceCaseId":"not a guid"}""")]
    [InlineData("/api/cases", """{"platform":"Zoom",""")]
    public async Task A_body_of_the_wrong_shape_is_a_400_without_internal_type_names(string url, string body)
    {
        var problem = await ApiClient.Problem(await _api.PostRaw(url, body), HttpStatusCode.BadRequest);

        var text = problem.ToString();
        Assert.DoesNotContain("CaseTracker.", text);
        Assert.DoesNotContain("System.", text);
    }
}
