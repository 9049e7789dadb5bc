using System.Net;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Security;
using CaseTracker.Api.Tests.Support;
using CaseTracker.Domain.History;
using JasperFx.CommandLine;
using Marten;
using Marten.Events;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Support;

/// <summary>
/// The API started for real with Kestrel on a loopback port (a browser needs a socket), on a
/// fresh PostgreSQL database chosen as the API tests choose it, with the demo seeds imported and
/// accepted, one key per role, and one headless Chromium from the distribution.
/// </summary>
public class WebFixture : IAsyncLifetime
{
    private static readonly SemaphoreSlim ImportOneAtATime = new(1, 1);
    private readonly TestDatabase _database = new();
    private WebApplicationFactory<Program>? _factory;
    private IPlaywright? _playwright;
    private IReadOnlyDictionary<Role, string> _keys = new Dictionary<Role, string>();

    public string BaseUrl { get; private set; } = "";
    public IBrowser Browser { get; private set; } = null!;
    public IServiceProvider Services => _factory!.Services;
    public Guid SeedCaseId { get; private set; }

    public string Key(Role role) => _keys[role];

    public async Task InitializeAsync()
    {
        await _database.StartAsync();
        JasperFxEnvironment.AutoStartHost = true;
        _factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Marten", _database.ConnectionString);
            host.UseSetting("RateLimits:PermitPerMinute", "1000000");
            host.UseSetting("RateLimits:AnonymousPermitPerMinute", "1000000");
            // The ingest form fetches from a local page server; only test hosts allow loopback.
            host.UseSetting("Fetch:AllowLoopbackForTests", "true");
            Configure(host);
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseUrl = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().TrimEnd('/');
        _keys = await TestKeys.CreateOnePerRoleAsync(Services);

        // The demo's own path: the seed articles imported and their claims accepted.
        var seeds = ArticleFiles.Find([Path.Combine(Repository.Root(), "seeds")]);
        // The import draws a console progress display, which allows one at a time across hosts started in parallel.
        await ImportOneAtATime.WaitAsync();
        try
        {
            await ArticleImport.RunAsync(Services, seeds, null, accept: true);
        }
        finally
        {
            ImportOneAtATime.Release();
        }
        await using var session = Services.GetRequiredService<IDocumentStore>().QuerySession();
        SeedCaseId = (await session.Query<CaseHistory>().Where(c => c.PlatformKey == "zoom").ToListAsync()).Single().Id;

        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(Chromium.LaunchOptions());
    }

    /// <summary>Returns once the async daemon has applied every event so far (the platform chart's read model lags writes).</summary>
    public Task ProjectionsCaughtUpAsync() =>
        Services.GetRequiredService<IDocumentStore>().WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(60));

    /// <summary>Settings of this host beyond the defaults above (later settings win).</summary>
    protected virtual void Configure(IWebHostBuilder host)
    {
    }

    /// <summary>A browser context of its own (cookies, storage), signed in with the key of this role.</summary>
    public async Task<IPage> SignedInPageAsync(Role role, string locale = "en-GB")
    {
        var page = await NewPageAsync(locale);
        await SignInAsync(page, role);
        return page;
    }

    public async Task SignInAsync(IPage page, Role role)
    {
        await page.GotoAsync($"{BaseUrl}/signin");
        await page.Locator("#key").FillAsync(Key(role));
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ArrivedAtAsync($"{BaseUrl}/cases");
    }

    public async Task<IPage> NewPageAsync(string locale = "en-GB")
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { Locale = locale, ViewportSize = new ViewportSize { Width = 1100, Height = 900 } });
        // Two cores shared with the build and the database: generous waits, never a timing assertion.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        if (_factory is not null) await _factory.DisposeAsync();
        await _database.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<WebFixture>
{
    public const string Name = "web";
}
