namespace CaseTracker.Domain.Sources;

/// <summary>
/// One spelling per article: lower-case scheme and host, no "www.", no fragment, no tracking
/// parameters, no AMP variant, no trailing slash. Two URLs with the same canonical form are the
/// same source.
/// </summary>
public static class CanonicalUrl
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid", "igshid", "ref", "ref_src", "ref_url",
        "cmpid", "ocid", "smid", "_ga", "yclid", "spm", "amp", "outputtype", "s_cid",
    };

    public static string Of(string url)
    {
        if (!Uri.TryCreate(url.Trim(), UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
            return url.Trim();

        // Google's AMP cache serves https://<host>/<path> as https://<x>.cdn.ampproject.org/c/s/<host>/<path>.
        if (uri.Host.EndsWith(".cdn.ampproject.org", StringComparison.OrdinalIgnoreCase))
        {
            var rest = uri.PathAndQuery.Split('/', StringSplitOptions.RemoveEmptyEntries).SkipWhile(p => p is "c" or "v" or "i" or "s");
            var secure = uri.AbsolutePath.Contains("/s/", StringComparison.Ordinal);
            if (Uri.TryCreate((secure ? "https://" : "http://") + string.Join('/', rest), UriKind.Absolute, out var origin)) uri = origin;
        }

        var host = uri.Host.ToLowerInvariant();
        if (host.StartsWith("www.", StringComparison.Ordinal)) host = host[4..];
        if (host.StartsWith("amp.", StringComparison.Ordinal)) host = host[4..];

        var path = uri.AbsolutePath;
        foreach (var ampSuffix in new[] { "/amp/", "/amp", ".amp.html", ".amp" })
        {
            if (path.EndsWith(ampSuffix, StringComparison.OrdinalIgnoreCase))
            {
                path = path[..^ampSuffix.Length] + (ampSuffix.EndsWith(".html", StringComparison.Ordinal) ? ".html" : "");
                break;
            }
        }
        if (path.StartsWith("/amp/", StringComparison.OrdinalIgnoreCase)) path = path[4..];
        path = path.TrimEnd('/');

        var query = string.Join('&', uri.Query.TrimStart('?')
            .Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !IsTracking(pair.Split('=')[0]))
            .Order(StringComparer.Ordinal));

        var port = uri.IsDefaultPort ? "" : $":{uri.Port}";
        return $"https://{host}{port}{path}{(query.Length > 0 ? "?" + query : "")}";
    }

    private static bool IsTracking(string name) =>
        name.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(name);
}
