using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using CaseTracker.Api.Security;

namespace CaseTracker.Web.Tests.Support;

/// <summary>The JSON API beside the pages, for arranging data and for changes made "by someone else".</summary>
public sealed class ApiCalls(WebFixture web, Role role = Role.Admin)
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(web.BaseUrl) };

    public async Task<JsonElement> PostAsync(string url, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.Key(role));
        using var response = await _http.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"{url}: {(int)response.StatusCode} {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    public async Task<JsonElement> GetAsync(string url)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", web.Key(role));
        using var response = await _http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }

    /// <summary>A case of its own for a test: a platform nobody else uses.</summary>
    public async Task<Guid> OpenCaseAsync(string subject = "Test Collective")
    {
        var platform = "Plat" + Guid.NewGuid().ToString("N")[..8];
        var opened = await PostAsync("/api/cases", new { platform, newPlatform = true, subject = new { name = subject, kind = "group" } });
        return opened.GetProperty("caseId").GetGuid();
    }

    public async Task<long> VersionAsync(Guid caseId) => (await GetAsync($"/api/cases/{caseId}")).GetProperty("version").GetInt64();

    public async Task<int> ActionCountAsync(Guid caseId) => (await GetAsync($"/api/cases/{caseId}")).GetProperty("timeline").GetArrayLength();
}
