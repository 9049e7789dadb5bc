namespace CaseTracker.Api.Features.Sources;

/// <summary>
/// How deep a page's elements nest and how many there are, from one pass over its tags. Parsing
/// and reading a page cost far more than its length when it nests thousands of elements (every
/// new element looks through all those still open), so such a page is not parsed at all.
/// Elements that close themselves (void elements, p, li, td...) are not counted as nesting.
/// </summary>
public static class HtmlShape
{
    private static readonly HashSet<string> DoNotNest = new(StringComparer.OrdinalIgnoreCase)
    {
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "p", "li", "dt", "dd", "td", "th", "tr", "option", "optgroup", "rt", "rp", "html", "head", "body", "!doctype",
    };

    public static (int Depth, int Elements) Measure(string html)
    {
        var (depth, deepest, elements) = (0, 0, 0);
        var i = html.IndexOf('<');
        while (i >= 0 && i < html.Length - 1)
        {
            var closing = html[i + 1] == '/';
            var start = closing ? i + 2 : i + 1;
            var end = start;
            while (end < html.Length && (char.IsAsciiLetterOrDigit(html[end]) || html[end] == '!')) end++;
            if (end > start)
            {
                var name = html.AsSpan(start, end - start);
                if (!DoNotNest.GetAlternateLookup<ReadOnlySpan<char>>().Contains(name))
                {
                    if (closing) depth = Math.Max(0, depth - 1);
                    else
                    {
                        elements++;
                        deepest = Math.Max(deepest, ++depth);
                    }
                }
                else if (!closing) elements++;
            }
            i = html.IndexOf('<', end);
        }
        return (deepest, elements);
    }
}
