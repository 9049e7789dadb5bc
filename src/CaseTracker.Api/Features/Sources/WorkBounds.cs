namespace CaseTracker.Api.Features.Sources;

/// <summary>
/// Limits on the work one source may cause. Pages nesting more than Limits:HtmlDepth elements, or
/// with more than Limits:HtmlElements of them, are reduced to text without a parser (see HtmlShape).
/// The text the extractor reads is bounded so its work stays near linear whatever the input's shape.
/// The rule-based reader is quadratic in a word's length, in a sentence's length and in a run of
/// names; an article is none of these, a hostile request is all of them. So the extractor reads
/// at most Limits:ExtractionChars characters, with any word longer than Limits:ExtractionTokenChars
/// blanked out and a line break forced after Limits:ExtractionSentenceChars characters without one.
/// Blanking and breaking replace characters one for one, so offsets (and quotes) still point into
/// the stored text, which is never changed.
/// </summary>
public sealed record WorkBounds(int MaxChars, int MaxTokenChars, int MaxSentenceChars, int MaxHtmlDepth, int MaxHtmlElements)
{
    public static WorkBounds From(IConfiguration configuration) => new(
        configuration.GetValue<int?>("Limits:ExtractionChars") ?? 100_000,
        configuration.GetValue<int?>("Limits:ExtractionTokenChars") ?? 100,
        configuration.GetValue<int?>("Limits:ExtractionSentenceChars") ?? 5_000,
        configuration.GetValue<int?>("Limits:HtmlDepth") ?? 256,
        configuration.GetValue<int?>("Limits:HtmlElements") ?? 30_000);

    public static WorkBounds Default { get; } = From(new ConfigurationBuilder().Build());

    /// <summary>The text for the extractor: same offsets as the given text, bounded in shape and length.</summary>
    public string ForExtraction(string text)
    {
        var chars = text.AsSpan(0, Math.Min(text.Length, MaxChars)).ToArray();
        var (wordStart, sinceBreak) = (-1, 0);
        for (var i = 0; i <= chars.Length; i++)
        {
            var end = i == chars.Length;
            if (!end && !char.IsWhiteSpace(chars[i]))
            {
                if (wordStart < 0) wordStart = i;
                sinceBreak++;
                continue;
            }
            if (wordStart >= 0 && i - wordStart > MaxTokenChars) chars.AsSpan(wordStart, i - wordStart).Fill(' ');
            wordStart = -1;
            if (end) break;
            if (chars[i] == '\n') sinceBreak = 0;
            else if (++sinceBreak > MaxSentenceChars)
            {
                chars[i] = '\n';
                sinceBreak = 0;
            }
        }
        return new string(chars);
    }
}
