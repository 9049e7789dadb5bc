namespace CaseTracker.Extraction;

/// <summary>
/// The plain-text seed format: the outlet on the first line, a blank line, the title line,
/// then the body. The article text is the title and the body, as the annotations count offsets.
/// </summary>
public static class SeedText
{
    public static AnnotatedArticle Parse(string raw, string language, DateOnly? published = null, string? url = null)
    {
        var text = raw.Replace("\r\n", "\n").TrimStart('\uFEFF');
        var lines = text.Split('\n');
        var outlet = lines.Length > 0 ? lines[0].Trim() : "";
        var rest = lines.Skip(1).SkipWhile(string.IsNullOrWhiteSpace).ToArray();
        var title = rest.Length > 0 ? rest[0].Trim() : null;
        var body = string.Join('\n', rest).TrimEnd();
        return new AnnotatedArticle(url, outlet, language, published, title, body, [], []);
    }
}
