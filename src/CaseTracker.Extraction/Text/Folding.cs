using System.Text;

namespace CaseTracker.Extraction.Text;

/// <summary>
/// Lower-cases and strips accents so that "Réactivé", "réactivé" and "reactive" meet the same
/// word list entry: journalists and transliterations drop accents often enough to matter.
/// Arabic script: short vowels and other diacritics and the tatweel stretch are dropped, the
/// alef variants (أ إ آ ٱ) become ا, the Persian ی and ک meet the Arabic ي and ك,
/// and Arabic-Indic and Persian digits become ASCII digits, so "٧" and "7" read alike.
/// </summary>
internal static class Folding
{
    private static readonly char[] Latin = BuildLatinMap();

    private static char[] BuildLatinMap()
    {
        var map = new char[0x250];
        for (var c = 0; c < map.Length; c++)
        {
            var decomposed = ((char)c).ToString().Normalize(NormalizationForm.FormD);
            map[c] = char.ToLowerInvariant(decomposed.Length > 0 ? decomposed[0] : (char)c);
        }
        return map;
    }

    /// <summary>The folded character, or '\0' for a mark that folding drops (Arabic diacritics, tatweel, ZWNJ).</summary>
    public static char Fold(char c)
    {
        if (c < Latin.Length) return Latin[c];
        if (c is < '\u0600' or > '\u06FF') return c == '\u200C' ? '\0' : char.ToLowerInvariant(c);
        return c switch
        {
            >= '\u064B' and <= '\u065F' or '\u0670' or '\u0640' => '\0',
            >= '\u06D6' and <= '\u06ED' => '\0',
            'أ' or 'إ' or 'آ' or 'ٱ' => 'ا',
            // ى (alef maqsura) stays: folding it would make the name "علي" the preposition "على".
            'ی' or 'ې' => 'ي',
            'ک' => 'ك',
            'ۀ' => 'ه',
            >= '\u0660' and <= '\u0669' => (char)('0' + (c - '\u0660')),
            >= '\u06F0' and <= '\u06F9' => (char)('0' + (c - '\u06F0')),
            _ => c,
        };
    }

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        var n = 0;
        foreach (var c in text)
            if (Fold(c) is var f and not '\0') buffer[n++] = f;
        return new string(buffer[..n]);
    }

    /// <summary>True for a letter of a script without case (Arabic, Persian, Hebrew ...): capitals say nothing there.</summary>
    public static bool Uncased(char c) => char.IsLetter(c) && !char.IsUpper(c) && !char.IsLower(c);
}
