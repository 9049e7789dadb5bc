namespace CaseTracker.Api.Web.Rendering;

/// <summary>Only http(s) addresses become links; anything else (javascript:, data:) is shown as text.</summary>
public static class Links
{
    public static bool IsHttp(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0;
}
