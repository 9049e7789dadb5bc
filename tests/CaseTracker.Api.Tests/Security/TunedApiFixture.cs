using CaseTracker.Api.Tests.Support;
using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTracker.Api.Tests.Security;

/// <summary>
/// A second host, on a database of its own, with the settings the default host keeps off: public
/// reading, a CORS origin, a tight per-key rate limit and a fixed demo admin key.
/// </summary>
public sealed class TunedApiFixture : IAsyncLifetime
{
    public const string AllowedOrigin = "https://tracker.example.org";
    public const string DemoAdminKey = "ctk_demo-key-for-tests-0123456789abcdefghij";
    public const int PermitPerMinute = 5;

    private readonly TestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");

    public async Task InitializeAsync()
    {
        await _database.StartAsync();
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", _database.ConnectionString);
            host.UseSetting("Security:PublicRead", "true");
            host.UseSetting("Security:DemoAdminKey", DemoAdminKey);
            host.UseSetting("Cors:Origins", AllowedOrigin);
            host.UseSetting("RateLimits:PermitPerMinute", PermitPerMinute.ToString());
            host.UseSetting("RateLimits:AnonymousPermitPerMinute", "1000000");
        });
        _ = _factory.Server;
    }

    public HttpClient AnonymousClient() => Factory.CreateClient();

    public async Task DisposeAsync()
    {
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class TunedApiCollection : ICollectionFixture<TunedApiFixture>
{
    public const string Name = "tuned api";
}
