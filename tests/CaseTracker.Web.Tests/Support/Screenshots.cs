using CaseTracker.Api.Tests.Support;
using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Support;

/// <summary>Full-page screenshots of each page type, kept with the test results (CASETRACKER_TEST_RESULTS, else TestResults/) under screenshots/.</summary>
public static class Screenshots
{
    public static string Folder
    {
        get
        {
            var results = Environment.GetEnvironmentVariable("CASETRACKER_TEST_RESULTS") is { Length: > 0 } given
                ? given : Path.Combine(Repository.Root(), "TestResults");
            var folder = Path.Combine(Path.GetFullPath(results), "screenshots");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    public static async Task<string> TakeAsync(IPage page, string name)
    {
        var path = Path.Combine(Folder, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }
}
