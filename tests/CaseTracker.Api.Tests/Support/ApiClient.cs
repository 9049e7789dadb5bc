using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;

namespace CaseTracker.Api.Tests.Support;

/// <summary>What a client of the API does, in a few words per call.</summary>
public sealed class ApiClient(HttpClient http)
{
    public HttpClient Http => http;

    /// <summary>A platform name no other test uses, so lists and filters see only this test's cases.</summary>
    public static string UniquePlatform() => $"Platform-{Guid.NewGuid():N}"[..20];

    /// <summary>Opens a case; without a subject, one of its own (a platform and subject have one open case at a time).</summary>
    public async Task<(Guid Id, long Version)> OpenCase(string platform = "Zoom", string? subject = null, string kind = "account")
    {
        subject ??= $"Humanitarian China {Guid.NewGuid():N}"[..27];
        // Test platforms are made up: say so, as a client opening a case for a platform new to the catalogue would.
        var response = await Post("/api/cases", new { platform, subject = new { name = subject, kind }, newPlatform = true });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await Body(response);
        return (body.GetProperty("caseId").GetGuid(), body.GetProperty("version").GetInt64());
    }

    public async Task<Guid> RecordAction(Guid caseId, string type, string? date = null, string outlet = "Timis Actu", string? url = null, string? quote = null)
    {
        var response = await Post($"/api/cases/{caseId}/actions", new
        {
            type,
            occurredOn = date is null ? null : new { value = date },
            source = new { outlet, url, quote },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await Body(response)).GetProperty("id").GetGuid();
    }

    public Task<HttpResponseMessage> Post(string url, object? body, long? ifMatch = null) =>
        PostRaw(url, JsonSerializer.Serialize(body), "application/json", ifMatch);

    public async Task<HttpResponseMessage> PostRaw(string url, string content, string contentType = "application/json", long? ifMatch = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(content, Encoding.UTF8) };
        request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        if (ifMatch is { } version) request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await http.SendAsync(request);
    }

    public async Task<JsonElement> Get(string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await http.GetAsync(url);
        Assert.Equal(expected, response.StatusCode);
        return await Body(response);
    }

    public Task<JsonElement> History(Guid caseId, string? asOf = null) =>
        Get(asOf is null ? $"/api/cases/{caseId}" : $"/api/cases/{caseId}?asOf={Uri.EscapeDataString(asOf)}");

    public async Task<int> EventCount(Guid caseId) => (await Get($"/api/cases/{caseId}/events")).GetArrayLength();

    public static async Task<JsonElement> Body(HttpResponseMessage response)
    {
        var text = await response.Content.ReadAsStringAsync();
        return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
    }

    /// <summary>Asserts a problem-details answer with this status and returns its body.</summary>
    public static async Task<JsonElement> Problem(HttpResponseMessage response, HttpStatusCode status)
    {
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"expected {(int)status}, got {(int)response.StatusCode}: {text}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var body = JsonDocument.Parse(text).RootElement.Clone();
        Assert.Equal((int)status, body.GetProperty("status").GetInt32());
        return body;
    }
}
