using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Reading;

namespace CaseTracker.Extraction;

/// <summary>
/// Reads platform actions, their dates, subjects and stated reasons from article text with
/// per-language word lists. Thread-safe and reusable; the word lists load once per process.
/// </summary>
public sealed class ClaimExtractor
{
    public static string Name => "casetracker-rules";

    /// <summary>Code version plus a hash of the word lists: changed data is a new extractor.</summary>
    public static string Version => $"1.1.0+data.{LanguageCatalog.Instance.DataHash}";

    /// <summary>The language codes this extractor reads.</summary>
    public static IReadOnlyCollection<string> SupportedLanguages => LanguageCatalog.Instance.Languages.Keys.Order().ToList();

    /// <summary>The canonical platform name for an alias ("X" -> "Twitter"); unknown names come back unchanged.</summary>
    public static string CanonicalPlatform(string name) => LanguageCatalog.Instance.Platforms.Canonical(name);

    /// <summary>Reads the article; a cancelled token stops it between its stages (OperationCanceledException).</summary>
    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var catalog = LanguageCatalog.Instance;
        var text = input.Text ?? "";
        var given = Normalise(input.Language);
        var detected = given is null;
        var language = given ?? LanguageDetector.Detect(string.IsNullOrEmpty(input.Title) ? text : input.Title + "\n" + text, catalog.Languages);
        if (language is null || !catalog.Languages.TryGetValue(language, out var pack) || text.Length == 0)
            return new ExtractionResult(language ?? "und", detected && language is not null, []);

        cancellationToken.ThrowIfCancellationRequested();
        var article = new ArticleText(text, pack, input.Published, catalog.Platforms.Names);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractionResult(language, detected, ClaimReader.Read(article));
    }

    /// <summary>"FR", "fr-FR", " fr " -> "fr".</summary>
    private static string? Normalise(string? language)
    {
        if (string.IsNullOrWhiteSpace(language)) return null;
        var code = language.Trim().ToLowerInvariant();
        var dash = code.IndexOfAny(['-', '_']);
        return dash > 0 ? code[..dash] : code;
    }
}
