using System.Net;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// Behind the proxy, callers without a key are limited each on their own address (as the proxy's
/// X-Forwarded-For names it), and a caller that is not the trusted proxy cannot choose its address.
/// </summary>
[Collection(ForwardedClientCollection.Name)]
public sealed class ForwardedClientTests(ForwardedClientFixture fixture)
{
    [Fact]
    public async Task Clients_behind_the_trusted_proxy_have_a_window_each()
    {
        var busy = Client(proxy: "127.0.0.1", forwardedFor: "203.0.113.5");
        var other = Client(proxy: "127.0.0.1", forwardedFor: "203.0.113.6");

        for (var i = 0; i < ForwardedClientFixture.AnonymousPermitPerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await busy.GetAsync("/api/cases")).StatusCode);

        Assert.Equal(HttpStatusCode.TooManyRequests, (await busy.GetAsync("/api/cases")).StatusCode);
        Assert.NotEqual(HttpStatusCode.TooManyRequests, (await other.GetAsync("/api/cases")).StatusCode);
    }

    [Fact]
    public async Task A_caller_that_is_not_the_proxy_cannot_choose_its_address()
    {
        var first = Client(proxy: "198.51.100.7", forwardedFor: "203.0.113.50");
        var second = Client(proxy: "198.51.100.7", forwardedFor: "203.0.113.51");

        for (var i = 0; i < ForwardedClientFixture.AnonymousPermitPerMinute; i++)
            Assert.NotEqual(HttpStatusCode.TooManyRequests, (await first.GetAsync("/api/cases")).StatusCode);

        // Another X-Forwarded-For from the same untrusted address is still that address's window.
        Assert.Equal(HttpStatusCode.TooManyRequests, (await second.GetAsync("/api/cases")).StatusCode);
    }

    private HttpClient Client(string proxy, string forwardedFor)
    {
        var client = fixture.AnonymousClient();
        client.DefaultRequestHeaders.Add(ForwardedClientFixture.PeerHeader, proxy);
        client.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        return client;
    }
}

/// <summary>
/// A host with a tight anonymous limit. The test server has no socket, so a first middleware plays
/// the connection: it sets the peer address a test names (what Kestrel would see).
/// </summary>
public sealed class ForwardedClientFixture : ApiFixture
{
    public const int AnonymousPermitPerMinute = 3;
    public const string PeerHeader = "X-Test-Peer";

    protected override void Configure(IWebHostBuilder host)
    {
        host.UseSetting("RateLimits:AnonymousPermitPerMinute", AnonymousPermitPerMinute.ToString());
        host.ConfigureServices(services => services.AddSingleton<IStartupFilter, PeerFromHeader>());
    }

    private sealed class PeerFromHeader : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, following) =>
            {
                if (context.Request.Headers.TryGetValue(PeerHeader, out var peer)) context.Connection.RemoteIpAddress = IPAddress.Parse(peer!);
                return following(context);
            });
            next(app);
        };
    }
}

[CollectionDefinition(Name)]
public sealed class ForwardedClientCollection : ICollectionFixture<ForwardedClientFixture>
{
    public const string Name = "forwarded clients";
}
