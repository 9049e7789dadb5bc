using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Support;

public static class Navigation
{
    /// <summary>
    /// Waits until the browser shows the page at this address: committed to it, its main content
    /// rendered. Not for the page's load event: in one CI run Playwright waited 60 s for a load
    /// event after a form's redirect although the page had arrived (network idle seen); the
    /// assertions that follow wait for the content they check anyway.
    /// </summary>
    public static async Task ArrivedAtAsync(this IPage page, string url)
    {
        await page.WaitForURLAsync(url, new() { WaitUntil = WaitUntilState.Commit });
        await Assertions.Expect(page.Locator("main")).ToBeVisibleAsync();
    }
}
