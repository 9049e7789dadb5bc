using System.Globalization;
using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>The seed case as a reader sees it: the suspension of 7 June (year unknown), the reinstatement, Zoom's reason, the restriction between them.</summary>
[Collection(WebCollection.Name)]
public sealed class CasePageTests(WebFixture web)
{
    [Fact]
    public async Task The_seed_case_reads_as_suspended_on_7_june_year_unknown_then_reinstated()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Humanitarian China" }).ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await Screenshots.TakeAsync(page, "case");
        await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, "case-readme.png") });

        var actions = page.Locator("article.action");
        await Assertions.Expect(actions).ToHaveCountAsync(2);
        await Assertions.Expect(actions.Nth(0).Locator("h3")).ToContainTextAsync("Suspended");
        await Assertions.Expect(actions.Nth(0).Locator("h3 .when")).ToHaveTextAsync("7 June, year unknown");
        await Assertions.Expect(actions.Nth(1).Locator("h3")).ToContainTextAsync("Reinstated");
        await Assertions.Expect(actions.Nth(1).Locator("h3 .when")).ToHaveTextAsync("undated");

        // Zoom's own reason sits under the platform, apart from what the group said.
        var platformReasons = actions.Nth(0).Locator("section.party[data-party='platform']");
        await Assertions.Expect(platformReasons.Locator("h5")).ToHaveTextAsync("Platform");
        await Assertions.Expect(platformReasons).ToContainTextAsync("lois locales");

        // The restriction bar starts at the suspension's mark and reaches the reinstatement's.
        var suspended = await Box(page.Locator("svg.timeline .mark rect").Nth(0));
        var reinstated = await Box(page.Locator("svg.timeline .mark rect").Nth(1));
        var bar = await Box(page.Locator("svg.timeline .restriction rect"));
        Assert.InRange(bar.X, suspended.X - 2, suspended.X + 2);
        Assert.True(bar.X + bar.Width > suspended.X + suspended.Width, "the bar runs past the suspension");
        Assert.InRange(bar.X + bar.Width, reinstated.X, reinstated.X + reinstated.Width);
        await Assertions.Expect(page.Locator("svg.timeline .mark.year-assumed")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("svg.timeline .mark.undated")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator(".restrictions li")).ToContainTextAsync("Suspended from 7 June, year unknown to undated");
    }

    [Fact]
    public async Task The_page_offers_a_citation_exports_and_the_raw_events()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");

        var plain = await page.Locator("pre.cite-block").First.InnerTextAsync();
        Assert.Contains("Zoom: Humanitarian China", plain);
        Assert.Contains("Suspended, 7 June, year unknown", plain);
        Assert.Contains("Timis Actu", plain);
        Assert.Contains($"/cases/{web.SeedCaseId}", plain);
        var markdown = await page.Locator("pre.cite-block").Nth(1).InnerTextAsync();
        Assert.Contains("[Timis Actu](<https://timisactu.net/", markdown);

        var events = await page.Context.APIRequest.GetAsync(web.BaseUrl + await page.GetByRole(AriaRole.Link, new() { Name = "Raw events" }).GetAttributeAsync("href"));
        Assert.Equal(200, events.Status);
        Assert.Contains("\"action_recorded\"", await events.TextAsync());
        var csv = await page.Context.APIRequest.GetAsync(web.BaseUrl + await page.GetByRole(AriaRole.Link, new() { Name = "CSV" }).GetAttributeAsync("href"));
        Assert.Equal(200, csv.Status);
    }

    [Fact]
    public async Task As_known_before_the_case_was_opened_the_page_says_so()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        var version = await page.Locator("article.case").GetAttributeAsync("data-version");

        var today = DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await page.GetByLabel("As known on").FillAsync(today);
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        await Assertions.Expect(page.Locator(".asof [role=status]")).ToContainTextAsync("later records are not shown");
        Assert.Equal(version, await page.Locator("article.case").GetAttributeAsync("data-version"));
        Assert.Contains("asOf=" + today, page.Url);
    }

    [Fact]
    public async Task Clicking_a_source_shows_its_quote_highlighted_in_the_article()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        var quote = (await page.Locator("article.action").First.Locator("blockquote").First.InnerTextAsync()).Trim();

        await page.Locator("article.action").First.GetByRole(AriaRole.Link, new() { Name = "Show in the article" }).First.ClickAsync();
        await page.ArrivedAtAsync("**/sources/**#quote");
        await Screenshots.TakeAsync(page, "source");

        var target = page.Locator(".article-text mark.target");
        Assert.Equal(quote, string.Concat(await target.AllInnerTextsAsync()).Trim());
        await Assertions.Expect(page.Locator("#quote")).ToBeInViewportAsync();
        Assert.True(await page.Locator(".article-text mark.claim").CountAsync() > 0, "the other claims' quotes are marked too");
    }

    [Fact]
    public async Task The_case_reads_the_same_with_javascript_off()
    {
        var context = await web.Browser.NewContextAsync(new() { JavaScriptEnabled = false });
        context.SetDefaultTimeout(60_000);
        var page = await context.NewPageAsync();
        await page.GotoAsync($"{web.BaseUrl}/signin");
        await page.Locator("#key").FillAsync(web.Key(Role.Viewer));
        await page.Locator("main button[type=submit]").ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/cases");
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");

        await Assertions.Expect(page.Locator("article.action h3 .when").First).ToHaveTextAsync("7 June, year unknown");
        await Assertions.Expect(page.Locator("svg.timeline .restriction rect")).ToHaveCountAsync(1);
        await page.GetByLabel("As known on").FillAsync("2020-01-01");
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("asOf=2020-01-01", page.Url);
        await Assertions.Expect(page.Locator("#not-known-then")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("article.action").CountAsync());
        await context.CloseAsync();
    }

    private static async Task<LocatorBoundingBoxResult> Box(ILocator locator) =>
        await locator.BoundingBoxAsync() ?? throw new InvalidOperationException("not drawn");
}
