using System.Net;
using System.Net.Http.Headers;
using System.Text;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security.Hostile;

/// <summary>The 500s the hostile suite found, kept as plain examples: each is now a 400 naming where the bad input was.</summary>
[Collection(ApiCollection.Name)]
public sealed class FoundByTheSuiteTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Theory]
    [InlineData("""{"type":"suspended","source":{"outlet":"A","quote":"nul\u0000here"}}""", "source.quote")]
    [InlineData("""{"type":"suspended","source":{"outlet":"A","title":"half \ud800 a pair"}}""", "source.title")]
    [InlineData("""{"type":"suspended","scope":"x\u0000"}""", "scope")]
    public async Task Text_postgresql_cannot_store_is_a_400_naming_the_field(string body, string field)
    {
        var (caseId, _) = await _api.OpenCase();

        var problem = await ApiClient.Problem(await _api.PostRaw($"/api/cases/{caseId}/actions", body), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"should name {field}: {problem}");
        Assert.Equal(1, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Theory]
    [InlineData(new byte[] { 0xFF })]
    [InlineData(new byte[] { 0xED, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xC3, 0x28 })]
    public async Task Bytes_that_are_not_utf8_are_a_400(byte[] invalid)
    {
        var (caseId, _) = await _api.OpenCase();
        var body = Encoding.UTF8.GetBytes("{\"text\":\"a").Concat(invalid).Concat(Encoding.UTF8.GetBytes("b\"}")).ToArray();
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse("application/json");

        await ApiClient.Problem(await fixture.Client().PostAsync($"/api/cases/{caseId}/notes", content), HttpStatusCode.BadRequest);
        Assert.Equal(1, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_control_character_in_a_query_value_is_a_400_naming_it()
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync("/api/cases?platform=a%00b"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("platform", out _));
    }

    [Theory]
    [InlineData("/api/sources/batch")]
    [InlineData("/api/cases")]
    public async Task A_body_of_just_null_is_a_400(string path)
    {
        await ApiClient.Problem(await _api.PostRaw(path, " null "), HttpStatusCode.BadRequest);
    }
}
