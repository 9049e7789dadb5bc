using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>From a pasted article to a case: ingest it in the form, accept its claim from the queue, see the action on the case timeline.</summary>
[Collection(WebCollection.Name)]
public sealed class ReviewFlowTests(WebFixture web)
{
    private const string Article =
        "Twitter suspended the account of the Free Speech Collective on 3 March, the group said. " +
        "The company said the account had broken its rules on spam. On 9 March Twitter restored the account.";

    [Fact]
    public async Task An_article_ingested_in_the_form_becomes_an_action_on_a_case_once_its_claim_is_accepted()
    {
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a source" }).ClickAsync();
        await page.GetByLabel("Outlet").FillAsync("Daily Example");
        await page.GetByLabel("URL").FillAsync($"https://news.example/{Guid.NewGuid():N}");
        await page.GetByLabel("Language").FillAsync("en");
        await page.GetByLabel("Published on").FillAsync("2021-03-12");
        await page.GetByLabel("Text", new() { Exact = true }).FillAsync(Article);
        await Screenshots.TakeAsync(page, "source-new");
        await page.GetByRole(AriaRole.Button, new() { Name = "Ingest" }).ClickAsync();
        await page.ArrivedAtAsync("**/sources/*");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync("Free Speech Collective");

        await page.GotoAsync($"{web.BaseUrl}/claims?platform=twitter&language=en");
        await Screenshots.TakeAsync(page, "claims");
        await page.Locator("table tbody tr").Filter(new() { HasText = "Suspended" }).Filter(new() { HasText = "Free Speech Collective" }).GetByRole(AriaRole.Link).First.ClickAsync();
        await page.ArrivedAtAsync("**/claims/*");
        await Assertions.Expect(page.Locator(".article-text mark.target").First).ToContainTextAsync("suspended");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("A new case will be opened.");
        await Screenshots.TakeAsync(page, "claim");

        await page.GetByRole(AriaRole.Button, new() { Name = "Accept" }).ClickAsync();
        await page.ArrivedAtAsync("**/cases/*");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("Free Speech Collective");
        var action = page.Locator("article.action").Filter(new() { HasText = "Suspended" });
        await Assertions.Expect(action.Locator("h3 .when")).ToHaveTextAsync("3 March 2021 (year inferred)");
        await Assertions.Expect(action.Locator("blockquote")).ToContainTextAsync("Twitter suspended the account");
        await Assertions.Expect(page.Locator("svg.timeline .mark")).Not.ToHaveCountAsync(0);
    }

    [Fact]
    public async Task The_r_key_goes_to_the_rejection_reason_and_an_empty_reason_is_refused()
    {
        var api = new ApiCalls(web);
        var ingested = await api.PostAsync("/api/sources", new
        {
            outlet = "Keyboard Post", url = $"https://news.example/{Guid.NewGuid():N}", language = "en",
            text = "YouTube removed videos of the Open Archive channel on 4 April 2022, the channel said.",
        });
        var claimId = ingested.GetProperty("claims")[0].GetProperty("id").GetGuid();
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/claims/{claimId}");

        await page.Keyboard.PressAsync("r");
        await Assertions.Expect(page.Locator("#rejectReason")).ToBeFocusedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Reject" }).ClickAsync();
        await Assertions.Expect(page.Locator("#rejectReason-error")).Not.ToBeEmptyAsync();
        Assert.Equal("pending", (await api.GetAsync($"/api/claims/{claimId}")).GetProperty("status").GetString());
    }
}
