using CaseTracker.Web.Tests.Support;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>A host with Security:PublicRead: the reading pages open without signing in, the writing stays closed.</summary>
public sealed class PublicReadFixture : WebFixture
{
    protected override void Configure(IWebHostBuilder host) => host.UseSetting("Security:PublicRead", "true");
}

[CollectionDefinition(Name)]
public sealed class PublicReadCollection : ICollectionFixture<PublicReadFixture>
{
    public const string Name = "web-public-read";
}

[Collection(PublicReadCollection.Name)]
public sealed class PublicReadTests(PublicReadFixture web)
{
    [Fact]
    public async Task Anyone_reads_the_seed_case_without_signing_in_but_cannot_write()
    {
        var page = await web.NewPageAsync();
        await page.GotoAsync($"{web.BaseUrl}/cases");
        await page.GetByRole(AriaRole.Link, new() { Name = "Humanitarian China" }).ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await Assertions.Expect(page.Locator("article.action h3 .when").First).ToHaveTextAsync("7 June, year unknown");
        Assert.Equal(0, await page.Locator("a[href*='/write/']").CountAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Link, new() { Name = "Sign in" })).ToBeVisibleAsync();

        // The form page can be read, but it offers no form, and a post is sent to sign in.
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}/write/note");
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        var post = await page.Context.APIRequest.PostAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}/write/note", new()
        {
            Form = page.Context.APIRequest.CreateFormData().Set("text", "anonymous").Set("version", "5"),
            Headers = new Dictionary<string, string> { ["Accept"] = "text/html" },
            MaxRedirects = 0,
        });
        Assert.True(post.Status is 302 or 400 or 401, $"an anonymous post got {post.Status}");
        Assert.Equal(0, (await new ApiCalls(web).GetAsync($"/api/cases/{web.SeedCaseId}")).GetProperty("notes").GetArrayLength());
    }
}
