using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Guesses the language. Letters only one language of a script uses decide first (Cyrillic і ї є ґ
/// for Ukrainian against ы э ъ for Russian; Arabic script پ چ ژ گ ی ک for Persian against ي ك ة ى
/// for Arabic), so one sentence is enough there. Otherwise each language's stop words are counted
/// in the first few thousand characters, and a clear winner is needed; a short text without one may
/// still be told by a platform name with an action verb and subject noun of one language only.
/// Without enough evidence the language stays unknown.
/// </summary>
internal static class LanguageDetector
{
    private const int SampleChars = 6000;
    private const int MinimumHits = 2;
    private const int ShortText = 60;

    /// <summary>Letters that only one language of a script uses, with the language they point to.</summary>
    private static readonly (string Letters, string Language, string Script)[] Distinctive =
    [
        ("іїєґ", "uk", "cyrillic"), ("ыэъё", "ru", "cyrillic"),
        ("پچژگیک", "fa", "arabic"), ("يكةى", "ar", "arabic"),
        // Urdu letters: Arabic script, but neither language read here.
        ("ٹڈڑںےھ", "und", "arabic"),
    ];

    public static string? Detect(string text, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        var sample = text.Length > SampleChars ? text[..SampleChars] : text;
        if (ByScript(sample, languages, out var scripted)) return scripted;
        var tokens = Tokenizer.Tokenize(sample);
        var words = tokens.Where(t => t.Kind == TokenKind.Word).Select(t => t.Norm).ToList();
        return ByStopwords(words, languages) ?? (words.Count <= ShortText ? ByActionWords(sample, tokens, languages) : null);
    }

    /// <summary>True when the text is mostly in a script whose distinctive letters decide (the answer may be null: not a language read here).</summary>
    private static bool ByScript(string sample, IReadOnlyDictionary<string, LanguagePack> languages, out string? language)
    {
        language = null;
        var (letters, cyrillic, arabic) = (0, 0, 0);
        var counts = new int[Distinctive.Length];
        foreach (var c in sample)
        {
            if (!char.IsLetter(c)) continue;
            letters++;
            if (c is >= '\u0400' and <= '\u04FF') cyrillic++;
            else if (c is >= '\u0600' and <= '\u06FF') arabic++;
            for (var i = 0; i < Distinctive.Length; i++) if (Distinctive[i].Letters.Contains(c)) counts[i]++;
        }
        var script = cyrillic * 2 > letters ? "cyrillic" : arabic * 2 > letters ? "arabic" : null;
        if (script is null) return false;
        var ranked = Enumerable.Range(0, Distinctive.Length).Where(i => Distinctive[i].Script == script && counts[i] > 0)
            .OrderByDescending(i => counts[i]).ToList();
        if (ranked.Count == 0) return false;
        // One side's letters only, or clearly more of them (a quoted word of the other language is allowed).
        if (ranked.Count > 1 && counts[ranked[0]] < 3 * counts[ranked[1]]) return false;
        var code = Distinctive[ranked[0]].Language;
        language = languages.ContainsKey(code) ? code : null;
        return true;
    }

    private static string? ByStopwords(List<string> words, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        var scores = languages.Values.Select(l => (l.Code, Score: words.Count(l.Stopwords.Contains))).OrderByDescending(x => x.Score).ToList();
        if (scores.Count == 0 || scores[0].Score < MinimumHits) return null;
        if (scores.Count > 1 && scores[0].Score <= scores[1].Score * 1.2 && !DistinctWordsDecide(words, languages[scores[0].Code], languages[scores[1].Code])) return null;
        // A few stop words in a sea of other words (code, another language) is not enough.
        return scores[0].Score * 10 >= words.Count ? scores[0].Code : null;
    }

    /// <summary>
    /// "Twitter suspendió la cuenta de Omar": a known platform, and an action word of the language
    /// (plus its subject nouns and stop words) with more evidence than any other language has.
    /// </summary>
    private static string? ByActionWords(string sample, List<Token> tokens, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        var scored = new List<(string Code, int Score)>();
        foreach (var pack in languages.Values)
        {
            var hits = pack.Matcher.Match(sample, tokens);
            if (!hits.Any(h => h.Kind == HitKind.Platform) || !hits.Any(h => h.Kind == HitKind.Action)) continue;
            var score = 2 * hits.Count(h => h.Kind == HitKind.Action) + hits.Count(h => h.Kind == HitKind.SubjectNoun)
                        + tokens.Count(t => t.Kind == TokenKind.Word && pack.Stopwords.Contains(t.Norm));
            scored.Add((pack.Code, score));
        }
        scored.Sort((x, y) => y.Score.CompareTo(x.Score));
        if (scored.Count == 0 || (scored.Count > 1 && scored[0].Score <= scored[1].Score)) return null;
        return scored[0].Code;
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
