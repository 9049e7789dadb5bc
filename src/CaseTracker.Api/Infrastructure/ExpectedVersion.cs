using System.Globalization;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// The case version a writer read, from If-Match ("3" or W/"3") or the body's version field.
/// Optional: a write without it is appended to whatever the case holds.
/// </summary>
public static class ExpectedVersion
{
    public static bool TryRead(HttpContext http, long? bodyVersion, out long? expected, out IResult? problem)
    {
        problem = null;
        expected = bodyVersion;
        var header = http.Request.Headers.IfMatch.ToString();
        if (string.IsNullOrWhiteSpace(header) || header.Trim() == "*") return true;

        var text = header.Trim();
        if (text.StartsWith("W/", StringComparison.Ordinal)) text = text[2..];
        text = text.Trim('"');
        if (!long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var fromHeader) || fromHeader < 1)
        {
            problem = Problems.BadRequest("bad_if_match", "If-Match must be a case version as its ETag gives it, such as \"3\".", "If-Match");
            return false;
        }
        if (bodyVersion is not null && bodyVersion != fromHeader)
        {
            problem = Problems.BadRequest("version_mismatch", "If-Match and the body's version disagree.", "version");
            return false;
        }
        expected = fromHeader;
        return true;
    }

    public static string ETag(long version) => $"\"{version}\"";
}
