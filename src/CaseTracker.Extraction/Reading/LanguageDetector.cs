using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Guesses the language by counting each language's stop words in the first few thousand
/// characters. Needs a clear winner; otherwise the language stays unknown.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleChars = 6000;
    private const int MinimumHits = 2;

    public static string? Detect(string text, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        var words = Tokenizer.Tokenize(sample).Where(t => t.Kind == TokenKind.Word).Select(t => t.Norm).ToList();
        var scores = languages.Values.Select(l => (l.Code, Score: words.Count(l.Stopwords.Contains))).OrderByDescending(x => x.Score).ToList();
        if (scores.Count == 0 || scores[0].Score < MinimumHits) return null;
        if (scores.Count > 1 && scores[0].Score <= scores[1].Score * 1.2 && !DistinctWordsDecide(words, languages[scores[0].Code], languages[scores[1].Code])) return null;
        // A few stop words in a sea of other words (code, another language) is not enough.
        return scores[0].Score * 10 >= words.Count ? scores[0].Code : null;
    }

    /// <summary>
    /// Close languages share many stop words ("в", "на", "не" in Russian and Ukrainian): when the
    /// totals are close, the words only one of the two lists has decide, if they clearly do.
    /// </summary>
    private static bool DistinctWordsDecide(List<string> words, LanguagePack first, LanguagePack second)
    {
        var (own, other) = (0, 0);
        foreach (var w in words)
        {
            var inFirst = first.Stopwords.Contains(w);
            var inSecond = second.Stopwords.Contains(w);
            if (inFirst && !inSecond) own++;
            else if (inSecond && !inFirst) other++;
        }
        return own >= 2 && own >= 3 * other;
    }
}
