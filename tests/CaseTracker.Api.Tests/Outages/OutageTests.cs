using System.Net;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Security;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CaseTracker.Api.Tests.Outages;

/// <summary>
/// The database goes away under a running node: every call is a 503 problem with Retry-After (not
/// a 500, not a failed authentication), the log has one line per failure without the user's text,
/// and the node serves again once the database is back, without a restart.
/// </summary>
[Collection(OutageCollection.Name)]
public sealed class OutageTests(OutageFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task While_the_database_is_away_every_endpoint_answers_503_with_retry_after_and_the_node_recovers()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        var quote = $"quote-{Guid.NewGuid():N}";
        string[] reads = ["/api/cases", $"/api/cases/{caseId}", $"/api/cases/{caseId}/events", "/api/claims", "/api/search?q=zoom", "/api/platforms/activity?month=2024-01"];

        fixture.Proxy.Cut();
        try
        {
            foreach (var url in reads) await AssertUnavailable(await _api.Http.GetAsync(url), url);
            var write = await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", source = new { outlet = "A", quote } });
            var correlation = write.Headers.GetValues(CorrelationId.Header).Single();
            await AssertUnavailable(write, "record action");
            await AssertUnavailable(await _api.Post("/api/sources", Articles.Text(Articles.Unique(quote), Articles.UniqueUrl())), "ingest");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, (await fixture.AnonymousClient().GetAsync("/health/ready")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await fixture.AnonymousClient().GetAsync("/health/live")).StatusCode);

            var lines = fixture.Logs.ToList();
            var failure = Assert.Single(lines, l => l.Message.Contains(correlation));
            Assert.Null(failure.Exception);
            Assert.DoesNotContain(lines, l => l.Message.Contains(quote) || l.Exception?.Contains(quote) == true);
        }
        finally
        {
            fixture.Proxy.Restore();
        }

        // Back without a restart: the pool drops its broken connections and opens new ones.
        HttpResponseMessage? after = null;
        for (var attempt = 0; attempt < 20 && after?.StatusCode != HttpStatusCode.Created; attempt++)
        {
            if (attempt > 0) await Task.Delay(500);
            after = await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", source = new { outlet = "A", quote } });
        }
        Assert.Equal(HttpStatusCode.Created, after!.StatusCode);
        Assert.Equal(2, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_key_revoked_elsewhere_stops_working_within_seconds()
    {
        var key = await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer);
        var client = TestKeys.WithKey(fixture.Factory.CreateClient(), key);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/cases")).StatusCode);

        // Another node (or the keys command) revokes it in the database: this node's memory of it expires.
        var store = fixture.Factory.Services.GetRequiredService<IDocumentStore>();
        await using (var session = store.LightweightSession())
        {
            var stored = await session.Query<ApiKey>().SingleAsync(k => k.Hash == ApiKeys.Hash(key));
            stored.RevokedAt = DateTimeOffset.UtcNow;
            session.Update(stored);
            await session.SaveChangesAsync();
        }

        var status = HttpStatusCode.OK;
        for (var attempt = 0; attempt < 30 && status == HttpStatusCode.OK; attempt++)
        {
            await Task.Delay(500);
            status = (await client.GetAsync("/api/cases")).StatusCode;
        }
        // Refused as a key (401), or, now counted as anonymous, by the spent anonymous limit (429): no longer a viewer either way.
        Assert.Contains(status, new[] { HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests });
    }

    [Fact]
    public async Task Health_checks_are_never_rate_limited_and_retry_after_is_the_limiters_own()
    {
        var anonymous = fixture.AnonymousClient();
        HttpResponseMessage refused;
        do refused = await anonymous.GetAsync("/api/cases");
        while (refused.StatusCode != HttpStatusCode.TooManyRequests);

        // Retry-After counts down to the end of the window, not a fixed minute each time.
        var first = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        await Task.Delay(TimeSpan.FromSeconds(3));
        var again = await anonymous.GetAsync("/api/cases");
        if (again.StatusCode == HttpStatusCode.TooManyRequests)
            Assert.InRange(int.Parse(again.Headers.GetValues("Retry-After").Single()), 1, first - 2);
        for (var i = 0; i < 3 * OutageFixture.AnonymousPermitPerMinute; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await anonymous.GetAsync("/health/live")).StatusCode);
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await anonymous.GetAsync("/health/ready")).StatusCode);
        }
    }

    private static async Task AssertUnavailable(HttpResponseMessage response, string what)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable, $"{what}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.True(int.Parse(response.Headers.GetValues("Retry-After").Single()) > 0, what);
    }
}
