using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>Signing in with an API key gives a session cookie a script cannot read; signing out ends it.</summary>
[Collection(WebCollection.Name)]
public sealed class SignInTests(WebFixture web)
{
    [Fact]
    public async Task A_reader_without_a_session_is_sent_to_sign_in_and_comes_back_signed_in()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        Assert.StartsWith($"{web.BaseUrl}/signin", page.Url);
        await Screenshots.TakeAsync(page, "signin");

        await page.GetByLabel("API key").FillAsync(web.Key(Role.Viewer));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Humanitarian China");

        var cookie = (await page.Context.CookiesAsync()).Single(c => c.Name == "casetracker-session");
        Assert.True(cookie.HttpOnly);
        Assert.Equal(SameSiteAttribute.Strict, cookie.SameSite);
        Assert.Equal("", await page.EvaluateAsync<string>("document.cookie.includes('casetracker-session') ? 'visible' : ''"));
    }

    [Fact]
    public async Task A_wrong_key_is_refused_with_a_message_and_no_session()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"{web.BaseUrl}/signin");
        await page.GetByLabel("API key").FillAsync("ctk_" + new string('x', 40));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).Last.ClickAsync();

        await Assertions.Expect(page.Locator("#key-error")).ToHaveTextAsync("The key is unknown or revoked.");
        Assert.DoesNotContain(await page.Context.CookiesAsync(), c => c.Name == "casetracker-session");
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/signin");

        await page.GotoAsync($"{web.BaseUrl}/cases");
        Assert.StartsWith($"{web.BaseUrl}/signin", page.Url);
    }

    [Fact]
    public async Task Pages_are_answered_in_french_when_asked()
    {
        var page = await web.SignedInPageAsync(Role.Viewer, locale: "fr-FR");
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await Assertions.Expect(page.Locator($"#action-{await FirstActionId(page)} h3 .when")).ToHaveTextAsync("7 juin, année inconnue");
        Assert.Equal("fr", await page.GetAttributeAsync("html", "lang"));
    }

    private static async Task<string> FirstActionId(IPage page) =>
        (await page.Locator("article.action").First.GetAttributeAsync("id"))!["action-".Length..];
}
