using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>Text from sources is shown as text: markup stays inert, only http(s) becomes a link, long words and direction marks stay contained.</summary>
[Collection(WebCollection.Name)]
public sealed class HostileTextTests(WebFixture web)
{
    private static readonly string LongWord = new('W', 20_000);
    private const string Rtl = "\u202Egnp.exe\u202C \u200F";

    [Fact]
    public async Task Hostile_source_text_renders_as_inert_text_on_the_source_and_case_pages()
    {
        var api = new ApiCalls(web);
        var text = "<script>window.__pwned = 1</script> <img src=x onerror=\"window.__pwned = 2\"> " +
                   "<a href=\"javascript:window.__pwned = 3\">click me</a> javascript:alert(1) " + LongWord + " " + Rtl +
                   " Twitter suspended the account of the Hostile Test Group on 3 March 2021.";
        var source = await api.PostAsync("/api/sources", new { outlet = "Evil " + Rtl, title = "<b>bold</b> " + Rtl, url = $"https://evil.example/{Guid.NewGuid():N}", language = "en", text });
        var sourceId = source.GetProperty("sourceId").GetGuid();
        var caseId = await api.OpenCaseAsync("<script>window.__pwned = 4</script>");
        await api.PostAsync($"/api/cases/{caseId}/actions", new
        {
            type = "suspended", occurredOn = new { value = "2021-03-03" },
            source = new { outlet = "<i>Outlet</i> " + Rtl, title = "javascript:alert(1)", quote = "<img src=y onerror=\"window.__pwned = 5\"> " + LongWord[..4_900], sourceId },
        });

        var page = await web.SignedInPageAsync(Role.Viewer);
        var dialogs = 0;
        page.Dialog += (_, dialog) =>
        {
            dialogs++;
            _ = dialog.DismissAsync();
        };

        foreach (var url in new[] { $"/sources/{sourceId}", $"/cases/{caseId}" })
        {
            await page.GotoAsync(web.BaseUrl + url);
            Assert.Null(await page.EvaluateAsync<int?>("window.__pwned ?? null"));
            Assert.Equal(0, await page.Locator("main script, main img, main b, main i").CountAsync());
            Assert.Equal(0, await page.Locator("a[href^='javascript:' i]").CountAsync());
            // The long word wraps inside the page instead of widening it.
            Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= document.documentElement.clientWidth + 1"), $"{url} overflows sideways");
        }
        await Screenshots.TakeAsync(page, "hostile-case");
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("<script>window.__pwned = 4</script>");
        await Assertions.Expect(page.Locator("article.action blockquote")).ToContainTextAsync("<img src=y onerror=");

        await page.GotoAsync($"{web.BaseUrl}/sources/{sourceId}");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync("<script>window.__pwned = 1</script>");
        await Assertions.Expect(page.Locator(".article-text")).ToContainTextAsync("<a href=\"javascript:window.__pwned = 3\">click me</a>");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("<b>bold</b>");
        // The right-to-left override stays inside its own isolated run and does not turn the rest of the page around.
        Assert.Equal("BDI", await page.Locator("h1 > *").First.EvaluateAsync<string>("e => e.tagName"));
        Assert.Equal("ltr", await page.Locator("main").EvaluateAsync<string>("e => getComputedStyle(e).direction"));
        await Screenshots.TakeAsync(page, "hostile-source");
        Assert.Equal(0, dialogs);
    }
}
