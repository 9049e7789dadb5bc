using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>An axe scan of every page type finds no serious or critical violation; each page type's screenshot is kept.</summary>
[Collection(WebCollection.Name)]
public sealed class AccessibilityTests(WebFixture web)
{
    public static TheoryData<string> PageTypes => new(WebPages.Types);

    [Theory]
    [MemberData(nameof(PageTypes))]
    public async Task A_page_type_has_no_serious_accessibility_violation(string pageType)
    {
        var page = pageType == "signin" ? await web.NewPageAsync() : await web.SignedInPageAsync(Role.Admin);
        await page.GotoAsync(await WebPages.UrlOfAsync(web, pageType));
        Assert.Equal(200, (await page.ReloadAsync())!.Status);
        await Screenshots.TakeAsync(page, $"axe-{pageType}");

        var result = await page.RunAxe();
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}").ToList();
        Assert.True(serious.Count == 0, $"{pageType}: " + string.Join("\n", serious));
    }
}
