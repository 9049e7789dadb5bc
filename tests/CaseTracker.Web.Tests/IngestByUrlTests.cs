using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>The ingest form given only a URL: the server fetches the page (from a local test site) or says why it will not.</summary>
[Collection(WebCollection.Name)]
public sealed class IngestByUrlTests(WebFixture web) : IAsyncLifetime
{
    private readonly LocalPages _pages = new();

    public Task InitializeAsync() => _pages.StartAsync();

    public async Task DisposeAsync() => await _pages.DisposeAsync();

    [Fact]
    public async Task A_url_alone_is_fetched_and_the_source_page_shows_the_article_and_its_claim()
    {
        var group = "Curlew Assembly " + Guid.NewGuid().ToString("N")[..6];
        var url = _pages.Add($"story/{Guid.NewGuid():N}",
            $"<html><body><nav>Menu</nav><article><h1>Account closed</h1><p>Zoom closed the account of the {group} on 7 June 2020, the group said.</p></article></body></html>");
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/sources/new");

        await page.GetByLabel("URL").FillAsync(url);
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();

        await page.ArrivedAtAsync("**/sources/*");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync($"Zoom closed the account of the {group}");
        await Assertions.Expect(page.Locator(".article-text")).Not.ToContainTextAsync("Menu");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("127.0.0.1");
    }

    [Fact]
    public async Task A_url_to_the_metadata_address_is_refused_next_to_the_field()
    {
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/sources/new");

        await page.GetByLabel("URL").FillAsync(_pages.RedirectTo("http://169.254.169.254/latest/meta-data/"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();

        await Assertions.Expect(page.Locator("#url-error")).ToContainTextAsync("link-local");
        await Assertions.Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        Assert.EndsWith("/sources/new", page.Url);
    }
}
