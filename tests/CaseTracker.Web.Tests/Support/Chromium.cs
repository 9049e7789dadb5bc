using Microsoft.Playwright;

namespace CaseTracker.Web.Tests.Support;

/// <summary>
/// The distribution's Chromium (deploy/browser.sh installs it; CASETRACKER_CHROMIUM points
/// elsewhere), headless, quiet: no background network, updates, sync or GPU. Playwright cannot
/// download its own browsers here.
/// </summary>
public static class Chromium
{
    public static string ExecutablePath =>
        Environment.GetEnvironmentVariable("CASETRACKER_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    public static BrowserTypeLaunchOptions LaunchOptions()
    {
        if (!File.Exists(ExecutablePath))
            throw new InvalidOperationException($"No Chromium at {ExecutablePath}: run deploy/browser.sh or set CASETRACKER_CHROMIUM.");
        List<string> args = ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-gpu"];
        // Chromium's sandbox refuses to run as root (containers, CI).
        if (Environment.UserName == "root") args.Add("--no-sandbox");
        return new BrowserTypeLaunchOptions { ExecutablePath = ExecutablePath, Headless = true, Args = args };
    }
}
