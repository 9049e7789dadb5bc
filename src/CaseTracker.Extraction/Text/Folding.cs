using System.Text;

namespace CaseTracker.Extraction.Text;

/// <summary>
/// Lower-cases and strips accents so that "Réactivé", "réactivé" and "reactive" meet the same
/// word list entry: journalists and transliterations drop accents often enough to matter.
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

    public static char Fold(char c) => c < Latin.Length ? Latin[c] : char.ToLowerInvariant(c);

    public static string Fold(ReadOnlySpan<char> text)
    {
        Span<char> buffer = text.Length <= 256 ? stackalloc char[text.Length] : new char[text.Length];
        for (var i = 0; i < text.Length; i++) buffer[i] = Fold(text[i]);
        return new string(buffer);
    }
}
