using System.Text;

namespace CaseTracker.Api.Features.Search;

/// <summary>
/// Turns a ts_headline fragment into safe HTML: the text is escaped, and the only markup is the
/// mark element around each match, so a client may render snippets as HTML.
/// </summary>
public static class Snippets
{
    // Private-use characters: never produced by the tracker, so they cannot be confused with the text.
    public const char Start = '\uE000';
    public const char Stop = '\uE001';

    public static string? ToHtml(string? fragment)
    {
        if (fragment is null) return null;
        var html = new StringBuilder(fragment.Length + 32);
        foreach (var c in fragment)
        {
            html.Append(c switch
            {
                Start => "<mark>",
                Stop => "</mark>",
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }
        return html.ToString();
    }
}
