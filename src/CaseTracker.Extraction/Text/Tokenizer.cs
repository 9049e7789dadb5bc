using System.Globalization;

namespace CaseTracker.Extraction.Text;

/// <summary>
/// Splits text into words and the punctuation that matters (sentence ends, commas, quote marks).
/// Apostrophes and hyphens split words ("n'a", "a-t-il", "X's") so word lists can name the parts.
/// </summary>
internal static class Tokenizer
{
    public const string SentenceEnders = ".!?…";
    public const string ClauseMarks = ",;:()«»“”„\"‹›–—[]";
    /// <summary>Arabic-script punctuation read as its Latin counterpart: ، ؛ ؟ ۔</summary>
    private const string ScriptPunct = "،؛؟۔";
    private const string ScriptPunctAs = ",;?.";
    public const string OpeningQuotes = "«“„‹\"";
    public const string ClosingMarks = "»”“›\")]";

    public static List<Token> Tokenize(string text)
    {
        var tokens = new List<Token>(Math.Min(text.Length / 5 + 16, 1 << 20));
        var newline = false;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (IsWordChar(c) || (c == '@' && i + 1 < text.Length && IsWordChar(text[i + 1])))
            {
                var start = i++;
                while (i < text.Length && (IsWordChar(text[i]) || text[i] == '_')) i++;
                var span = text.AsSpan(start, i - start);
                var norm = Folding.Fold(span);
                if (norm.Length == 0) continue;
                tokens.Add(new Token
                {
                    Start = start,
                    End = i,
                    Norm = norm,
                    Kind = IsNumber(norm) ? TokenKind.Number : TokenKind.Word,
                    Capitalized = char.IsUpper(c) || c == '@',
                    Uncased = Folding.Uncased(c),
                    NewlineBefore = newline,
                });
                newline = false;
                continue;
            }
            if (c == '\n') newline = true;
            else if (SentenceEnders.Contains(c) || ClauseMarks.Contains(c) || ScriptPunct.Contains(c))
            {
                var mark = ScriptPunct.IndexOf(c) is var k and >= 0 ? ScriptPunctAs[k] : c;
                tokens.Add(new Token { Start = i, End = i + 1, Norm = mark.ToString(), Kind = TokenKind.Punct, NewlineBefore = newline });
                newline = false;
            }
            i++;
        }
        return tokens;
    }

    /// <summary>Letters, digits, combining marks, and the zero-width non-joiner inside Persian words ("می‌شود").</summary>
    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '\u200C'
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    /// <summary>On the folded form: Arabic-Indic digits are ASCII digits by then.</summary>
    private static bool IsNumber(ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
