using System.Net;
using System.Security.Cryptography;
using System.Text;
using CaseTracker.Api.Security;
using CaseTracker.Api.Infrastructure.Idempotency;
using CaseTracker.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// A node that dies while running a keyed request leaves its claim behind (written here as it
/// would be left). The key is not locked for the retention time: the claim is a short lease, and
/// whether the request's write happened decides between running it once and not running it again.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class IdempotencyCrashTests(ApiFixture fixture)
{
    private readonly string _principal = $"idem-{Guid.NewGuid():N}"[..20];

    [Fact]
    public async Task A_claim_left_by_a_dead_node_that_wrote_nothing_is_taken_over_and_the_request_runs_once()
    {
        var (api, caseId, body, key) = await Setup();
        await LeaveClaim(caseId, body, key, leaseLeft: TimeSpan.FromSeconds(-1), committed: false);

        var retry = await Send(api, caseId, body, key);

        Assert.Equal(HttpStatusCode.Created, retry.StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Send(api, caseId, body, key)).StatusCode);
        Assert.Equal(2, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_claim_whose_write_was_committed_is_not_run_again()
    {
        var (api, caseId, body, key) = await Setup();
        await LeaveClaim(caseId, body, key, leaseLeft: TimeSpan.FromSeconds(-1), committed: true);

        var problem = await ApiClient.Problem(await Send(api, caseId, body, key), HttpStatusCode.Conflict);

        Assert.Equal("/problems/idempotency-answer-lost", problem.GetProperty("type").GetString());
        Assert.Equal(1, await EventCounts.OfStreamAsync(fixture.ConnectionString, caseId));
    }

    [Fact]
    public async Task A_request_still_in_flight_answers_409_with_retry_after()
    {
        var (api, caseId, body, key) = await Setup();
        await LeaveClaim(caseId, body, key, leaseLeft: TimeSpan.FromMinutes(2), committed: false);

        var refused = await Send(api, caseId, body, key);

        var problem = await ApiClient.Problem(refused, HttpStatusCode.Conflict);
        Assert.Equal("/problems/idempotency-key-in-flight", problem.GetProperty("type").GetString());
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 120);
    }

    [Fact]
    public async Task A_keyed_write_marks_its_claim_committed_in_its_own_transaction()
    {
        var (api, caseId, body, key) = await Setup();

        Assert.Equal(HttpStatusCode.Created, (await Send(api, caseId, body, key)).StatusCode);

        await using var session = fixture.Factory.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var claim = await session.LoadAsync<IdempotentRequest>(IdempotentWrites.ClaimId(_principal, "POST", $"/api/cases/{caseId}/notes", key));
        Assert.True(claim is { Committed: true, Completed: true });
    }

    private async Task<(HttpClient Api, Guid CaseId, string Body, string Key)> Setup()
    {
        var api = TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Admin, _principal));
        var (caseId, _) = await new ApiClient(api).OpenCase(ApiClient.UniquePlatform());
        return (api, caseId, $$"""{"text":"note {{Guid.NewGuid():N}}"}""", $"key-{Guid.NewGuid():N}");
    }

    private async Task LeaveClaim(Guid caseId, string body, string key, TimeSpan leaseLeft, bool committed)
    {
        await using var session = fixture.Factory.Services.GetRequiredService<IDocumentStore>().LightweightSession();
        session.Insert(new IdempotentRequest
        {
            Id = IdempotentWrites.ClaimId(_principal, "POST", $"/api/cases/{caseId}/notes", key),
            BodyHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(body))),
            ClaimedAt = DateTimeOffset.UtcNow.AddSeconds(-40), LeaseUntil = DateTimeOffset.UtcNow + leaseLeft, Committed = committed,
        });
        await session.SaveChangesAsync();
    }

    private static async Task<HttpResponseMessage> Send(HttpClient api, Guid caseId, string body, string key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/cases/{caseId}/notes") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        request.Headers.Add(IdempotentWrites.Header, key);
        return await api.SendAsync(request);
    }
}
