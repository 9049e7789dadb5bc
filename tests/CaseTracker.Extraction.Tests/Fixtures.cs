using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>The annotated articles in Data/, and one shared extractor (it is thread-safe).</summary>
internal static class Fixtures
{
    public static readonly ClaimExtractor Extractor = new();

    public static string DataPath(string relative) => Path.Combine(AppContext.BaseDirectory, "Data", relative);

    public static AnnotatedArticle Article(string name) => AnnotatedArticle.FromJson(File.ReadAllText(DataPath(Path.Combine("articles", name + ".json"))));

    public static IEnumerable<string> ArticleNames() => Directory.GetFiles(DataPath("articles"), "*.json")
        .Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal)!;

    public static ExtractionResult Extract(string text, string? language = null, DateOnly? published = null) =>
        Extractor.Extract(new ArticleInput(text, language, published));

    public static ExtractedClaim Single(ExtractionResult result, ActionType action) => Assert.Single(result.Claims, c => c.Action == action);

    public static void AssertQuotesAreVerbatim(string text, ExtractionResult result)
    {
        foreach (var claim in result.Claims)
        {
            foreach (var quote in claim.Quotes.Concat(claim.Reasons.Select(r => r.Quote)))
            {
                Assert.InRange(quote.Start, 0, text.Length);
                Assert.InRange(quote.End, quote.Start, text.Length);
                Assert.Equal(text[quote.Start..quote.End], quote.Text);
            }
        }
    }
}
