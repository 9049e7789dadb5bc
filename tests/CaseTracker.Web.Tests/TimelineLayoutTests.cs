using CaseTracker.Api.Security;
using CaseTracker.Web.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests;

/// <summary>The timeline's axis labels, as the browser lays them out: no tick label runs into another or into the "undated" column's label.</summary>
[Collection(WebCollection.Name)]
public sealed class TimelineLayoutTests(WebFixture web)
{
    private readonly ApiCalls _api = new(web);

    private async Task<Guid> CaseWithAsync(params string?[] dates)
    {
        var caseId = await _api.OpenCaseAsync("Axis Collective");
        var i = 0;
        foreach (var date in dates)
            await _api.PostAsync($"/api/cases/{caseId}/actions", new
            {
                // Dated ones alternate so every restriction ends (an open one would stretch the axis to today); the undated one is a warning.
                type = date is null ? "warned" : i++ % 2 == 0 ? "suspended" : "reinstated", occurredOn = date, source = new { outlet = $"Axis Post {date}" },
            });
        return caseId;
    }

    public static TheoryData<string, string[], string> Spans => new()
    {
        // Each case has an undated action too, so the "undated" column sits right after the axis.
        { "days", ["2021-03-03", "2021-03-20"], "en-GB" },
        { "months", ["2021-01-05", "2021-05-28"], "en-GB" },
        { "months-fr", ["2021-01-05", "2021-05-28"], "fr-FR" },
        { "a-year", ["2020-02-10", "2021-01-30"], "en-GB" },
        { "years", ["2015-06", "2021-12-30"], "fr-FR" },
        { "year-less", ["--06-07", "2020-06-10"], "en-GB" },
    };

    [Theory]
    [MemberData(nameof(Spans))]
    public async Task Axis_labels_do_not_overlap_the_undated_label_or_each_other(string name, string[] dates, string locale)
    {
        var caseId = await CaseWithAsync([.. dates, null]);
        var page = await web.NewPageAsync(locale);
        await web.SignInAsync(page, Role.Viewer);
        await page.GotoAsync($"{web.BaseUrl}/cases/{caseId}");

        var labels = page.Locator("svg.timeline .tick-label");
        await Assertions.Expect(page.Locator("svg.timeline .undated-label")).ToHaveCountAsync(1);
        var boxes = new List<(string Text, LocatorBoundingBoxResult Box)>();
        for (var i = 0; i < await labels.CountAsync(); i++)
            boxes.Add(((await labels.Nth(i).TextContentAsync())!, (await labels.Nth(i).BoundingBoxAsync())!));
        await page.Locator("svg.timeline").ScreenshotAsync(new() { Path = Path.Combine(Screenshots.Folder, $"timeline-{name}.png") });

        Assert.True(boxes.Count >= 3, $"{name}: expected ticks and the undated label, got {string.Join(", ", boxes.Select(b => b.Text))}");
        foreach (var (a, i) in boxes.Select((b, i) => (b, i)))
            foreach (var b in boxes.Skip(i + 1))
                Assert.False(Intersect(a.Box, b.Box), $"{name}: '{a.Text}' ({Describe(a.Box)}) overlaps '{b.Text}' ({Describe(b.Box)})");
        var svg = (await page.Locator("svg.timeline").BoundingBoxAsync())!;
        Assert.All(boxes, b => Assert.True(b.Box.X >= svg.X && b.Box.X + b.Box.Width <= svg.X + svg.Width, $"{name}: '{b.Text}' leaves the chart"));
    }

    private static bool Intersect(LocatorBoundingBoxResult a, LocatorBoundingBoxResult b) =>
        a.X < b.X + b.Width && b.X < a.X + a.Width && a.Y < b.Y + b.Height && b.Y < a.Y + a.Height;

    private static string Describe(LocatorBoundingBoxResult b) => $"x {b.X:0.#}–{b.X + b.Width:0.#}";
}
