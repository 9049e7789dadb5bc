using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HostTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Liveness_and_readiness_answer_healthy_when_the_database_answers()
    {
        Assert.Equal(HttpStatusCode.OK, (await _api.Http.GetAsync("/health/live")).StatusCode);
        var ready = await _api.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_openapi_document_describes_every_case_endpoint()
    {
        var document = await _api.Get("/openapi/v1.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/cases", "/api/cases/{id}", "/api/cases/{id}/actions", "/api/cases/{id}/actions/{actionId}/sources",
                     "/api/cases/{id}/actions/{actionId}/disputes", "/api/cases/{id}/actions/{actionId}/withdraw", "/api/cases/{id}/reasons",
                     "/api/cases/{id}/notes", "/api/cases/{id}/close", "/api/cases/{id}/reopen", "/api/cases/{id}/events" })
            Assert.True(paths.TryGetProperty(path, out _), $"{path} is missing from the OpenAPI document");
    }

    [Fact]
    public async Task The_interactive_api_reference_page_is_served()
    {
        var response = await _api.Http.GetAsync("/scalar");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("text/html", response.Content.Headers.ContentType?.ToString());
    }

    [Fact]
    public async Task The_seed_case_is_not_needed_for_an_empty_list_to_answer()
    {
        var page = await _api.Get($"/api/cases?platform={ApiClient.UniquePlatform()}");

        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
        Assert.Equal(0, page.GetProperty("items").GetArrayLength());
    }
}
