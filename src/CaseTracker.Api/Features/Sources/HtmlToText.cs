using System.Text;
using AngleSharp.Html.Parser;
using SmartReader;

namespace CaseTracker.Api.Features.Sources;

/// <summary>
/// An HTML page reduced to its article text: SmartReader (Mozilla Readability's rules) finds the
/// article; a page it cannot read falls back to the body's text without scripts, styles and
/// navigation. Paragraphs stay separated by blank lines so quotes keep their shape. A page nested
/// too deep or with too many elements for a parser to read in time (see WorkBounds) is read by
/// one pass that drops tags, scripts and styles.
/// </summary>
public static class HtmlToText
{
    private static readonly string[] NotText = ["script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form", "iframe", "svg"];

    public static string ToText(string html, string? url, WorkBounds bounds)
    {
        var (depth, elements) = HtmlShape.Measure(html);
        if (depth > bounds.MaxHtmlDepth || elements > bounds.MaxHtmlElements) return Collapse(StripTags(html));
        var baseUrl = url is not null && Uri.TryCreate(url, UriKind.Absolute, out _) ? url : "https://source.invalid/";
        try
        {
            var article = Reader.ParseArticle(baseUrl, html);
            if (article.IsReadable && !string.IsNullOrWhiteSpace(article.Content))
                return BlockText(article.Content);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // Readability gives up on some pages; the plain body text is still worth having.
        }
        return BlockText(html);
    }

    /// <summary>The text of every block element, one paragraph each, scripts and chrome removed.</summary>
    private static string BlockText(string html)
    {
        var document = new HtmlParser().ParseDocument(html);
        foreach (var element in document.QuerySelectorAll(string.Join(',', NotText)).ToList()) element.Remove();
        var root = (AngleSharp.Dom.IElement?)document.Body ?? document.DocumentElement;
        var blocks = root.QuerySelectorAll("p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, td, figcaption")
            .Where(e => e.QuerySelector("p, li, blockquote") is null)
            .Select(e => Collapse(e.TextContent))
            .Where(t => t.Length > 0)
            .ToList();
        return blocks.Count > 0 ? string.Join("\n\n", blocks) : Collapse(root.TextContent);
    }

    /// <summary>The text between tags, linear in the page; script and style contents are left out.</summary>
    private static string StripTags(string html)
    {
        var text = new StringBuilder(html.Length / 2);
        var i = 0;
        while (i < html.Length)
        {
            var open = html.IndexOf('<', i);
            if (open < 0) open = html.Length;
            text.Append(html, i, open - i).Append(' ');
            if (open == html.Length) break;
            var close = html.IndexOf('>', open);
            if (close < 0) break;
            i = close + 1;
            foreach (var skipped in (ReadOnlySpan<string>)["script", "style"])
            {
                if (string.Compare(html, open + 1, skipped, 0, skipped.Length, StringComparison.OrdinalIgnoreCase) != 0) continue;
                var end = html.IndexOf("</" + skipped, i, StringComparison.OrdinalIgnoreCase);
                i = end < 0 ? html.Length : end;
            }
        }
        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c)) { space = builder.Length > 0; continue; }
            if (space) builder.Append(' ');
            space = false;
            builder.Append(c);
        }
        return builder.ToString();
    }
}
