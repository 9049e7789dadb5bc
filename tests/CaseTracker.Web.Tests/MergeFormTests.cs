using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>An admin merges a duplicate case from the merge form: the survivor shows the absorbed case's actions, and the absorbed case's address leads to the survivor.</summary>
[Collection(WebCollection.Name)]
public sealed class MergeFormTests(WebFixture web)
{
    private readonly ApiCalls _api = new(web);

    private async Task<Guid> OpenAsync(string platform, string subject) =>
        (await _api.PostAsync("/api/cases", new { platform, newPlatform = true, subject = new { name = subject, kind = "channel" } })).GetProperty("caseId").GetGuid();

    [Fact]
    public async Task After_merging_the_survivor_shows_both_histories_and_the_absorbed_case_redirects_to_it()
    {
        var platform = "Plat" + Guid.NewGuid().ToString("N")[..8];
        var survivorId = await OpenAsync(platform, "Morning Signal");
        var absorbedId = await OpenAsync(platform, "Morning Signal TV");
        await _api.PostAsync($"/api/cases/{survivorId}/actions", new
        {
            type = "suspended", occurredOn = "2022-05-02", source = new { outlet = "Signal Watch", quote = "The channel was suspended on 2 May." },
        });
        await _api.PostAsync($"/api/cases/{absorbedId}/actions", new
        {
            type = "reinstated", occurredOn = "2022-05-20", source = new { outlet = "Signal Watch", quote = "The channel came back on 20 May." },
        });
        var page = await web.SignedInPageAsync(Role.Admin);
        await page.GotoAsync($"{web.BaseUrl}/cases/{survivorId}");

        await page.GetByRole(AriaRole.Link, new() { Name = "Merge another case into this one" }).ClickAsync();
        await page.GetByLabel("Case to merge into this one (id)").FillAsync(absorbedId.ToString());
        await page.GetByLabel("Rationale").FillAsync("The same channel under its longer name.");
        await Screenshots.TakeAsync(page, "merge-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{survivorId}?written=yes**");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Morning Signal");
        var actions = page.Locator("article.action h3");
        await Assertions.Expect(actions).ToHaveCountAsync(2);
        await Assertions.Expect(actions.Nth(0)).ToContainTextAsync("Suspended 2 May 2022");
        await Assertions.Expect(actions.Nth(1)).ToContainTextAsync("Reinstated 20 May 2022");
        // The two halves now make one restriction: the suspension ended by the absorbed case's reinstatement.
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Suspended from 2 May 2022 to 20 May 2022 (18 days)");
        await Screenshots.TakeAsync(page, "merged-case");

        await page.GotoAsync($"{web.BaseUrl}/cases/{absorbedId}");
        Assert.Equal($"{web.BaseUrl}/cases/{survivorId}", page.Url);
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Morning Signal");
        await Assertions.Expect(page.Locator("article.action")).ToHaveCountAsync(2);
    }
}
