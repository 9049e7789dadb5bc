using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;
using Marten;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// Keys are verified from memory between database looks (Security:KeyCacheSeconds), so a write
/// costs no key query; a revocation still holds on every node within that bound, and at once on
/// the node that revoked. Two ApiKeys instances over one store stand for two nodes; their clocks
/// are moved by hand, so nothing sleeps.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class KeyCacheTests(ApiFixture fixture)
{
    private sealed class ManualClock : TimeProvider
    {
        public DateTimeOffset Now { get; set; } = DateTimeOffset.UtcNow;
        public override DateTimeOffset GetUtcNow() => Now;
    }

    private (ApiKeys Node, ManualClock Clock) Node(double cacheSeconds)
    {
        var clock = new ManualClock();
        var settings = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Security:KeyCacheSeconds"] = cacheSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        return (new ApiKeys(fixture.Factory.Services.GetRequiredService<IDocumentStore>(), clock, settings), clock);
    }

    [Fact]
    public async Task A_key_revoked_on_another_node_is_refused_here_once_the_cache_bound_has_passed()
    {
        var (here, clock) = Node(cacheSeconds: 5);
        var (elsewhere, _) = Node(cacheSeconds: 5);
        var created = await here.CreateAsync($"cache-{Guid.NewGuid():N}"[..20], Role.Analyst);
        Assert.NotNull(await here.FindActiveAsync(created.Secret));

        Assert.NotNull((await elsewhere.RevokeAsync(created.Key.Id.ToString())).Key);

        clock.Now += TimeSpan.FromSeconds(5.1);
        Assert.Null(await here.FindActiveAsync(created.Secret));
    }

    [Fact]
    public async Task A_key_revoked_on_this_node_is_refused_at_once()
    {
        var (here, _) = Node(cacheSeconds: 60);
        var created = await here.CreateAsync($"cache-{Guid.NewGuid():N}"[..20], Role.Viewer);
        Assert.NotNull(await here.FindActiveAsync(created.Secret));

        await here.RevokeAsync(created.Key.Id.ToString());

        Assert.Null(await here.FindActiveAsync(created.Secret));
    }

    [Fact]
    public async Task A_key_created_after_a_failed_look_is_accepted_once_the_bound_has_passed()
    {
        // Unknown keys are remembered too (a flood of bad keys costs no queries); a key stored later is seen within the bound.
        var (here, clock) = Node(cacheSeconds: 5);
        var secret = ApiKeys.KeyPrefix + Guid.NewGuid().ToString("N") + Guid.NewGuid().ToString("N");
        Assert.Null(await here.FindActiveAsync(secret));

        var (elsewhere, _) = Node(cacheSeconds: 5);
        await elsewhere.StoreAsync($"cache-{Guid.NewGuid():N}"[..20], Role.Viewer, secret);

        clock.Now += TimeSpan.FromSeconds(5.1);
        Assert.NotNull(await here.FindActiveAsync(secret));
    }
}
