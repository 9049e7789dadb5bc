using System.Net;
using System.Text;
using System.Text.Json;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// What a careful client of several nodes does: a write carries an Idempotency-Key and is retried
/// with the same key a bounded number of times when the answer says "try again" (the proxy's 502
/// or 503 while it has not yet noticed a dead node, a node's 503, a 409 for a key still in flight)
/// or when no answer came. Every answer is recorded, so a test can show there was never a 500.
/// </summary>
public sealed class Retrying(HttpClient http, int attempts = 40, int pauseMilliseconds = 250)
{
    private readonly object _gate = new();

    public List<int> Statuses { get; } = [];

    public int Failures { get; private set; }

    public async Task<(HttpStatusCode Status, JsonElement Body)> PostAsync(string url, object body)
    {
        var key = $"retry-{Guid.NewGuid():N}";
        var json = JsonSerializer.Serialize(body);
        for (var attempt = 1; ; attempt++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new StringContent(json, Encoding.UTF8, "application/json") };
            request.Headers.Add("Idempotency-Key", key);
            var answer = await SendAsync(request);
            if (answer is { } done && !done.Later) return (done.Status, done.Body);
            if (attempt == attempts) throw new InvalidOperationException($"POST {url}: no final answer after {attempts} attempts (last: {answer?.Status.ToString() ?? "no answer"})");
            await Task.Delay(pauseMilliseconds);
        }
    }

    public async Task<JsonElement> GetAsync(string url)
    {
        for (var attempt = 1; ; attempt++)
        {
            var answer = await SendAsync(new HttpRequestMessage(HttpMethod.Get, url));
            if (answer is { Status: HttpStatusCode.OK } done) return done.Body;
            if (answer is { Later: false } other) throw new InvalidOperationException($"GET {url}: {other.Status} {other.Body}");
            if (attempt == attempts) throw new InvalidOperationException($"GET {url}: no answer after {attempts} attempts");
            await Task.Delay(pauseMilliseconds);
        }
    }

    // A 409 only with Retry-After (the key is in flight elsewhere); other 409s are final answers.
    private static bool Later(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout
        || (response.StatusCode == HttpStatusCode.Conflict && response.Headers.RetryAfter is not null);

    private async Task<(HttpStatusCode Status, JsonElement Body, bool Later)?> SendAsync(HttpRequestMessage request)
    {
        try
        {
            using var response = await http.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            Record((int)response.StatusCode, !response.IsSuccessStatusCode);
            return (response.StatusCode, Parse(text), Later(response));
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            Record(0, true);
            return null;
        }
        finally
        {
            request.Dispose();
        }
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }

    private void Record(int status, bool failed)
    {
        lock (_gate)
        {
            Statuses.Add(status);
            if (failed) Failures++;
        }
    }
}
