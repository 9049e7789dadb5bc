using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CaseTracker.Api.Security;
using JasperFx.CommandLine;
using Marten;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// The API in this process on a real loopback Kestrel port, configured as in production except
/// for raised rate limits (a bench is one key sending thousands of requests a second) and plain
/// HTTP on loopback. Clients speak HTTP/1.1 over sockets, as any caller would.
/// </summary>
public sealed class BenchApi : IAsyncDisposable
{
    private readonly WebApplicationFactory<Program> _factory;

    private BenchApi(WebApplicationFactory<Program> factory, HttpClient client)
    {
        _factory = factory;
        Client = client;
    }

    public HttpClient Client { get; }
    public IServiceProvider Services => _factory.Services;
    public IDocumentStore Store => Services.GetRequiredService<IDocumentStore>();

    public static async Task<BenchApi> StartAsync(string connectionString)
    {
        JasperFxEnvironment.AutoStartHost = true;
        // Run as a program, the API's appsettings.json sits next to it, where the factory does not look.
        // (Under the test runner there is none there, and the factory finds the API's folder itself: leave that alone.)
        if (File.Exists(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))
            Environment.SetEnvironmentVariable("ASPNETCORE_TEST_CONTENTROOT_CASETRACKER_API", AppContext.BaseDirectory);
        var port = FreePort();
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseSetting("urls", $"http://127.0.0.1:{port}");
            host.UseEnvironment("Production");
            host.UseSetting("ConnectionStrings:Marten", connectionString);
            host.UseSetting("RateLimits:PermitPerMinute", "100000000");
            host.UseSetting("RateLimits:AnonymousPermitPerMinute", "100000000");
            host.UseSetting("Security:HttpsRedirect", "false");
            host.UseSetting("Logging:LogLevel:Default", "Error");
        });
        factory.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, port));
        factory.StartServer();
        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses
            .First(a => a.StartsWith("http://", StringComparison.Ordinal));
        var key = await factory.Services.GetRequiredService<ApiKeys>().CreateAsync("bench", Role.Admin);
        var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 256, PooledConnectionLifetime = TimeSpan.FromMinutes(10) })
        {
            BaseAddress = new Uri(address.Replace("[::]", "127.0.0.1").Replace("localhost", "127.0.0.1")),
            Timeout = TimeSpan.FromSeconds(60),
        };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key.Secret);
        return new BenchApi(factory, client);
    }

    /// <summary>A loopback port nobody listens on now (the factory's own port 0 fell back to 5000 here).</summary>
    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _factory.DisposeAsync();
    }
}
