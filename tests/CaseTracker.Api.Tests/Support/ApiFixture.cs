using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Security;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// One API host on one fresh database for all HTTP scenarios. Tests stay independent by working
/// on cases (and platform names) of their own. A subclass changes settings for hosts that need
/// other ones (public reading, tight rate limits, auto-accept).
/// </summary>
public class ApiFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");
    public string ConnectionString => _database.ConnectionString;

    /// <summary>The host's clock (event timestamps, validators, keys): tests step it rather than sleep.</summary>
    public SteppingClock Clock { get; } = new();

    public async Task InitializeAsync()
    {
        await _database.StartAsync();
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", _database.ConnectionString);
            host.UseSetting("Limits:MaxBodyBytes", "65536");
            // Every test shares a few keys: a limit this high never bites; RateLimitTests has its own host.
            host.UseSetting("RateLimits:PermitPerMinute", "1000000");
            host.UseSetting("RateLimits:AnonymousPermitPerMinute", "1000000");
            // A loaded CI machine compiles the first request's handlers slowly; the deadline has its own tests and hosts.
            host.UseSetting("RequestTimeouts:Seconds", "180");
            host.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
            Configure(host);
        });
        _ = _factory.Server;
        _keys = await TestKeys.CreateOnePerRoleAsync(_factory.Services);
        await WarmAsync();
    }

    /// <summary>Work a host needs done before its tests start (none by default).</summary>
    protected virtual Task WarmAsync() => Task.CompletedTask;

    /// <summary>Settings of this host beyond the defaults above (later settings win).</summary>
    protected virtual void Configure(IWebHostBuilder host)
    {
    }

    private IReadOnlyDictionary<Role, string> _keys = new Dictionary<Role, string>();

    /// <summary>A client with an admin key: every scenario that is not about access control.</summary>
    public HttpClient Client() => Client(Role.Admin);

    public HttpClient Client(Role role) => TestKeys.WithKey(Factory.CreateClient(), _keys[role]);

    public HttpClient AnonymousClient() => Factory.CreateClient();

    /// <summary>An admin client that shows redirects instead of following them (a followed redirect drops the key).</summary>
    public HttpClient NonRedirectingClient() =>
        TestKeys.WithKey(Factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }), _keys[Role.Admin]);

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "api";
}
