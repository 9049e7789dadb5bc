using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>Writing to a case from its forms: the API's validation next to the field, the case version guarding every write.</summary>
[Collection(WebCollection.Name)]
public sealed class CaseFormTests(WebFixture web)
{
    private readonly ApiCalls _api = new(web);

    [Fact]
    public async Task An_analyst_records_an_action_and_sees_it_on_the_timeline()
    {
        var caseId = await _api.OpenCaseAsync();
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/cases/{caseId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Record an action" }).ClickAsync();
        await FillActionAsync(page, "2021-03-03", "Twitter suspended the account on 3 March.");
        await Screenshots.TakeAsync(page, "write-form");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{caseId}?written=yes**");
        await Assertions.Expect(page.Locator("[role=status]")).ToHaveTextAsync("Recorded.");
        await Assertions.Expect(page.Locator("article.action h3")).ToContainTextAsync("Suspended 3 March 2021");
        await Assertions.Expect(page.Locator("svg.timeline .mark")).ToHaveCountAsync(1);
        Assert.Equal(1, await _api.ActionCountAsync(caseId));
    }

    [Fact]
    public async Task Opening_a_case_by_an_alias_files_it_under_the_canonical_platform_and_a_second_opening_lands_on_the_same_case()
    {
        var subject = "Form Collective " + Guid.NewGuid().ToString("N")[..8];
        var page = await web.SignedInPageAsync(Role.Analyst);

        async Task<string> OpenAsync(string platform)
        {
            await page.GotoAsync($"{web.BaseUrl}/cases/new");
            await page.GetByLabel("Platform").FillAsync(platform);
            await page.GetByLabel("Subject").FillAsync(subject);
            await page.GetByLabel("Kind").SelectOptionAsync("group");
            await page.GetByRole(AriaRole.Button, new() { Name = "Open a case" }).ClickAsync();
            await page.ArrivedAtAsync($"{web.BaseUrl}/cases/*?written=yes**");
            return new Uri(page.Url).AbsolutePath;
        }

        var first = await OpenAsync("x");
        var second = await OpenAsync("Twitter");

        Assert.Equal(first, second);
        var found = await _api.GetAsync($"/api/cases?platform=Twitter&subject={Uri.EscapeDataString(subject)}");
        var item = Assert.Single(found.GetProperty("items").EnumerateArray());
        Assert.Equal("Twitter", item.GetProperty("platform").GetString());
    }

    [Fact]
    public async Task A_bad_date_shows_the_validators_error_next_to_the_field_and_writes_nothing()
    {
        var caseId = await _api.OpenCaseAsync();
        var version = await _api.VersionAsync(caseId);
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/cases/{caseId}/write/action");
        await FillActionAsync(page, "2021-13-45", "A quote.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        await Assertions.Expect(page.Locator("#occurredOn-value-error")).ToHaveTextAsync("'2021-13-45' is not a date: there is no month 13; months run from 01 to 12.");
        Assert.Equal("true", await page.Locator("#occurredOn-value").GetAttributeAsync("aria-invalid"));
        Assert.Equal("2021-13-45", await page.Locator("#occurredOn-value").InputValueAsync());
        await Assertions.Expect(page.Locator("#form-errors")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "write-form-error");
        Assert.Equal(version, await _api.VersionAsync(caseId));
        Assert.Equal(0, await _api.ActionCountAsync(caseId));
    }

    [Fact]
    public async Task A_form_filled_against_an_old_version_says_someone_else_changed_the_case()
    {
        var caseId = await _api.OpenCaseAsync();
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/cases/{caseId}/write/note");
        await page.GetByLabel("Text").FillAsync("My note, written against version 1.");

        // Someone else records an action in between.
        await _api.PostAsync($"/api/cases/{caseId}/actions", new { type = "restricted", occurredOn = new { value = "2022-05" }, source = new { outlet = "Other Desk", quote = "restricted in May" } });
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();

        await Assertions.Expect(page.Locator("#conflict")).ToContainTextAsync("Someone else changed this case since you opened the form");
        await Assertions.Expect(page.Locator("#conflict .current-state")).ToContainTextAsync("Restricted: May 2022");
        Assert.Equal((await _api.VersionAsync(caseId)).ToString(), await page.Locator("input[name=version]").InputValueAsync());
        Assert.Equal("My note, written against version 1.", await page.GetByLabel("Text").InputValueAsync());
        Assert.Equal(0, (await _api.GetAsync($"/api/cases/{caseId}")).GetProperty("notes").GetArrayLength());
        await Screenshots.TakeAsync(page, "write-form-conflict");

        // Submitted again against the new version, the note is recorded.
        await page.GetByRole(AriaRole.Button, new() { Name = "Record" }).ClickAsync();
        await page.ArrivedAtAsync($"{web.BaseUrl}/cases/{caseId}?written=yes**");
        Assert.Equal(1, (await _api.GetAsync($"/api/cases/{caseId}")).GetProperty("notes").GetArrayLength());
    }

    [Fact]
    public async Task A_viewer_sees_no_write_forms()
    {
        var page = await web.SignedInPageAsync(Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}");
        await Assertions.Expect(page.Locator("article.action")).ToHaveCountAsync(2);
        Assert.Equal(0, await page.Locator("main form[method=post]").CountAsync());
        Assert.Equal(0, await page.Locator("a[href*='/write/']").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "Add a source" }).CountAsync());

        await page.GotoAsync($"{web.BaseUrl}/cases/{web.SeedCaseId}/write/action");
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        await Assertions.Expect(page.Locator(".notice")).ToContainTextAsync("You may not do this with your role (viewer)");
    }

    [Fact]
    public async Task A_post_without_the_anti_forgery_token_is_refused_and_writes_nothing()
    {
        var caseId = await _api.OpenCaseAsync();
        var version = await _api.VersionAsync(caseId);
        var page = await web.SignedInPageAsync(Role.Analyst);
        await page.GotoAsync($"{web.BaseUrl}/cases/{caseId}/write/note");

        // The same form, posted with the session cookie but without its token.
        var response = await page.Context.APIRequest.PostAsync($"{web.BaseUrl}/cases/{caseId}/write/note", new()
        {
            Form = page.Context.APIRequest.CreateFormData().Set("text", "forged").Set("version", version.ToString()),
            Headers = new Dictionary<string, string> { ["Accept"] = "text/html" },
        });
        Assert.Equal(400, response.Status);
        Assert.Equal(version, await _api.VersionAsync(caseId));
    }

    private static async Task FillActionAsync(IPage page, string date, string quote)
    {
        await page.GetByLabel("Action").SelectOptionAsync("suspended");
        await page.GetByLabel("Date").FillAsync(date);
        await page.GetByLabel("Outlet").FillAsync("Daily Example");
        await page.GetByLabel("URL").FillAsync("https://news.example/a");
        await page.GetByLabel("Quote").FillAsync(quote);
    }
}
