using System.Net;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Security;

[Collection(TunedApiCollection.Name)]
public sealed class RateLimitTests(TunedApiFixture fixture)
{
    [Fact]
    public async Task A_key_over_its_limit_gets_429_with_retry_after_and_other_keys_go_on()
    {
        var busy = TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer));
        var calm = TestKeys.WithKey(fixture.Factory.CreateClient(), await TestKeys.CreateAsync(fixture.Factory.Services, Role.Viewer));

        for (var i = 0; i < TunedApiFixture.PermitPerMinute; i++)
            Assert.Equal(HttpStatusCode.OK, (await busy.GetAsync("/api/cases")).StatusCode);
        var refused = await busy.GetAsync("/api/cases");

        var problem = await ApiClient.Problem(refused, HttpStatusCode.TooManyRequests);
        Assert.Equal("/problems/rate-limited", problem.GetProperty("type").GetString());
        var retryAfter = int.Parse(refused.Headers.GetValues("Retry-After").Single());
        Assert.InRange(retryAfter, 1, 60);
        Assert.Equal(HttpStatusCode.OK, (await calm.GetAsync("/api/cases")).StatusCode);
    }
}
