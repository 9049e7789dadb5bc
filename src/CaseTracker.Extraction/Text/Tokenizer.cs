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
                tokens.Add(new Token
                {
                    Start = start,
                    End = i,
                    Norm = Folding.Fold(span),
                    Kind = IsNumber(span) ? TokenKind.Number : TokenKind.Word,
                    Capitalized = char.IsUpper(c) || c == '@',
                    NewlineBefore = newline,
                });
                newline = false;
                continue;
            }
            if (c == '\n') newline = true;
            else if (SentenceEnders.Contains(c) || ClauseMarks.Contains(c))
            {
                tokens.Add(new Token { Start = i, End = i + 1, Norm = c.ToString(), Kind = TokenKind.Punct, NewlineBefore = newline });
                newline = false;
            }
            i++;
        }
        return tokens;
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c)
        || CharUnicodeInfo.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark;

    private static bool IsNumber(ReadOnlySpan<char> span)
    {
        foreach (var c in span) if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
