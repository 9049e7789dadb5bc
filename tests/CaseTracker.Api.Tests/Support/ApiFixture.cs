using JasperFx.CommandLine;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// One API host on one fresh database for all HTTP scenarios. Tests stay independent by working
/// on cases (and platform names) of their own.
/// </summary>
public sealed class ApiFixture : IAsyncLifetime
{
    private readonly TestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;

    public WebApplicationFactory<Program> Factory => _factory ?? throw new InvalidOperationException("Not started.");
    public string ConnectionString => _database.ConnectionString;

    public async Task InitializeAsync()
    {
        await _database.StartAsync();
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", _database.ConnectionString);
            host.UseSetting("Limits:MaxBodyBytes", "65536");
        });
        _ = _factory.Server;
    }

    public HttpClient Client() => Factory.CreateClient();

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
