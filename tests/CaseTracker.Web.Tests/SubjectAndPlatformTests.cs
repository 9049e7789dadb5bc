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
        await web.ProjectionsCaughtUpAsync();
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Zoom", Exact = true }).ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/platforms/Zoom");
        await Screenshots.TakeAsync(page, "platform");

        // 7 June (no year) and the undated reinstatement: neither belongs to a month.
        var bars = page.Locator("svg.chart g.bar");
        await Assertions.Expect(bars).ToHaveCountAsync(1);
        Assert.Equal("2", await page.Locator("svg.chart g.bar.date-unknown").GetAttributeAsync("data-total"));
        await Assertions.Expect(page.Locator("table tr.date-unknown")).ToContainTextAsync("Date unknown");
    }

    [Fact]
    public async Task The_platform_chart_draws_the_activity_read_model_month_by_month_with_gaps_and_the_unknown_bar_last()
    {
        var api = new ApiCalls(web);
        var caseId = await api.OpenCaseAsync("Chart Collective");
        var platform = (await api.GetAsync($"/api/cases/{caseId}")).GetProperty("platform").GetString()!;
        foreach (var (type, date) in new[] { ("suspended", "2021-01-12"), ("content_removed", "2021-01-20"), ("reinstated", "2021-03-02"), ("warned", null) })
            await api.PostAsync($"/api/cases/{caseId}/actions", new { type, occurredOn = date, source = new { outlet = "Chart Times " + type } });
        var withdrawn = await api.PostAsync($"/api/cases/{caseId}/actions", new { type = "terminated", occurredOn = "2021-03-05", source = new { outlet = "Chart Times" } });
        await api.PostAsync($"/api/cases/{caseId}/actions/{withdrawn.GetProperty("id").GetGuid()}/withdraw", new { rationale = "Recorded in error." });
        await web.ProjectionsCaughtUpAsync();

        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/platforms/{platform}");

        var bars = page.Locator("svg.chart g.bar");
        await Assertions.Expect(bars).ToHaveCountAsync(4);
        Assert.Equal(["2021-01", "2021-02", "2021-03", "Date unknown"],
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async i => (await bars.Nth(i).GetAttributeAsync("data-month"))!)));
        Assert.Equal(["2", "0", "1", "1"],
            await Task.WhenAll(Enumerable.Range(0, 4).Select(async i => (await bars.Nth(i).GetAttributeAsync("data-total"))!)));
        await Assertions.Expect(page.Locator("table tr.date-unknown")).ToContainTextAsync("Date unknown");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Chart Collective");
    }

    [Fact]
    public async Task The_subject_page_lists_its_cases_and_one_timeline()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).GetByRole(AriaRole.Link).ClickAsync();
        await page.ArrivedAtAsync("**/subjects/**");
        await Screenshots.TakeAsync(page, "subject");

        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Humanitarian China");
        await Assertions.Expect(page.Locator("table tbody tr")).ToContainTextAsync("Zoom");
        await Assertions.Expect(page.Locator("ol.subject-timeline li")).ToHaveCountAsync(2);
        await Assertions.Expect(page.Locator("ol.subject-timeline li").First).ToContainTextAsync("Suspended: 7 June, year unknown");
    }
}
