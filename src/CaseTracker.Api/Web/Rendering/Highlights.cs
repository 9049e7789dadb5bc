using Microsoft.AspNetCore.Html;

namespace CaseTracker.Api.Web.Rendering;

/// <summary>A run of article text and whether a claim's quote covers it, and whether it is the quote the reader came to see.</summary>
public sealed record TextRun(string Text, bool Claim, bool Target);

/// <summary>
/// Splits an article into runs so quotes can be marked in place. Spans are character offsets
/// into the stored text; spans out of range are clipped, and a quote given only as text is
/// found by its first occurrence.
/// </summary>
public static class Highlights
{
    public static IReadOnlyList<TextRun> Split(string text, IEnumerable<(int Start, int End)> claimSpans, (int Start, int End)? target)
    {
        var claim = new bool[text.Length + 1];
        foreach (var (start, end) in claimSpans)
            for (var i = Math.Max(0, start); i < Math.Min(text.Length, end); i++) claim[i] = true;
        var (targetStart, targetEnd) = target is { } t ? (Math.Max(0, t.Start), Math.Min(text.Length, t.End)) : (-1, -1);

        var runs = new List<TextRun>();
        var runStart = 0;
        for (var i = 1; i <= text.Length; i++)
        {
            var boundary = i == text.Length || claim[i] != claim[runStart] || (i == targetStart) || (i == targetEnd);
            if (!boundary) continue;
            if (i > runStart)
                runs.Add(new TextRun(text[runStart..i], claim[runStart], runStart >= targetStart && i <= targetEnd));
            runStart = i;
        }
        return runs;
    }

    /// <summary>The span a reader asked for: from/to offsets, else the first place the quote's text occurs.</summary>
    public static (int Start, int End)? Target(string text, int? from, int? to, string? quote)
    {
        if (from is { } f && to is { } t && f >= 0 && t > f && f < text.Length) return (f, Math.Min(t, text.Length));
        if (string.IsNullOrEmpty(quote)) return null;
        var at = text.IndexOf(quote, StringComparison.Ordinal);
        return at < 0 ? null : (at, at + quote.Length);
    }

    /// <summary>The runs as HTML: text always encoded, marks around quotes, id="quote" on the first run of the target.</summary>
    public static IHtmlContent ToHtml(IReadOnlyList<TextRun> runs)
    {
        var html = new HtmlContentBuilder();
        var targetShown = false;
        foreach (var run in runs)
        {
            if (!run.Target && !run.Claim)
            {
                html.Append(run.Text);
                continue;
            }
            html.AppendHtml(run.Target ? targetShown ? "<mark class=\"target\">" : "<mark id=\"quote\" class=\"target\" tabindex=\"-1\">" : "<mark class=\"claim\">");
            targetShown |= run.Target;
            html.Append(run.Text);
            html.AppendHtml("</mark>");
        }
        return html;
    }
}
