using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>A reviewer corrects what the extractor proposed on the claim page, then accepts: the case shows the corrected reading.</summary>
[Collection(WebCollection.Name)]
public sealed class ClaimEditTests(WebFixture web)
{
    private readonly ApiCalls _api = new(web);

    private async Task<Guid> IngestAsync(string group)
    {
        var ingested = await _api.PostAsync("/api/sources", new
        {
            outlet = "Edit Gazette", url = $"https://news.example/{Guid.NewGuid():N}", language = "en", publishedOn = "2021-03-12",
            text = $"Twitter suspended the account of the {group} on 3 March, the group said. The company said the account had broken its rules on spam.",
        });
        return ingested.GetProperty("claims").EnumerateArray().First(c => c.GetProperty("action").GetString() == "suspended").GetProperty("id").GetGuid();
    }

    private static ILocator Field(IPage page, string label) => page.GetByLabel(label, new() { Exact = true });

    [Fact]
    public async Task The_accepted_action_uses_the_edited_action_date_subject_and_reason()
    {
        var group = "Egret Collective " + Guid.NewGuid().ToString("N")[..6];
        var claimId = await IngestAsync(group);
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/claims/{claimId}");

        await page.GetByText("Edit the proposal before accepting").ClickAsync();
        var proposedSubject = (await _api.GetAsync($"/api/claims/{claimId}")).GetProperty("subject").GetString()!;
        await Assertions.Expect(Field(page, "Subject")).ToHaveValueAsync(proposedSubject);
        await Field(page, "Action").SelectOptionAsync("terminated");
        await Field(page, "Date").FillAsync("2021-03-04");
        var edited = $"{group} Trust";
        await Field(page, "Subject").FillAsync(edited);
        await Field(page, "Reason 1: text").FillAsync("repeated spam");
        await Screenshots.TakeAsync(page, "claim-edit");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await page.ArrivedAtAsync("**/cases/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(edited);
        var action = page.Locator("article.action");
        await Assertions.Expect(action).ToHaveCountAsync(1);
        await Assertions.Expect(action.Locator("h3")).ToContainTextAsync("Terminated 4 March 2021");
        await Assertions.Expect(action).ToContainTextAsync("repeated spam");
        var claim = await _api.GetAsync($"/api/claims/{claimId}");
        Assert.Equal("suspended", claim.GetProperty("action").GetString());
        Assert.Equal("terminated", claim.GetProperty("edits").GetProperty("action").GetString());
    }

    [Fact]
    public async Task A_bad_edited_date_is_shown_next_to_the_field_and_the_claim_stays_pending()
    {
        var claimId = await IngestAsync("Ibis Forum " + Guid.NewGuid().ToString("N")[..6]);
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/claims/{claimId}");

        await page.GetByText("Edit the proposal before accepting").ClickAsync();
        await Field(page, "Date").FillAsync("2021-02-30");
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();

        await Assertions.Expect(page.Locator("#overrides-date-value-error")).ToContainTextAsync("not a date");
        await Assertions.Expect(Field(page, "Date")).ToHaveValueAsync("2021-02-30");
        Assert.Equal("pending", (await _api.GetAsync($"/api/claims/{claimId}")).GetProperty("status").GetString());
    }
}
