using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>A subject across platforms, and a platform's months, where actions without a known year or month are counted apart.</summary>
[Collection(WebCollection.Name)]
public sealed class SubjectAndPlatformTests(WebFixture web)
{
    [Fact]
    public async Task The_seed_platform_counts_its_year_less_and_undated_actions_apart_from_any_month()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoom", Exact = true }).ClickAsync();
        await page.WaitForURLAsync($"{web.BaseUrl}/platforms/Zoom");
        await Screenshots.TakeAsync(page, "platform");

        // 7 June (no year) and the undated reinstatement: neither belongs to a month.
        var bars = page.Locator("svg.chart g.bar");
        await Assertions.Expect(bars).ToHaveCountAsync(1);
        Assert.Equal("2", await page.Locator("svg.chart g.bar.date-unknown").GetAttributeAsync("data-total"));
        await Assertions.Expect(page.Locator("table tr.date-unknown")).ToContainTextAsync("Date unknown");
    }

    [Fact]
    public async Task The_subject_page_lists_its_cases_and_one_timeline()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/subjects/**");
        await Screenshots.TakeAsync(page, "subject");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Humanitarian China");
        await Assertions.Expect(page.Locator("table tbody tr")).ToContainTextAsync("Zoom");
        await Assertions.Expect(page.Locator("ol.subject-timeline li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ol.subject-timeline li").First).ToContainTextAsync("Suspended: 7 June, year unknown");
    }
}
