using System.Runtime.InteropServices;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Sentences and clauses. A full stop ends a sentence unless it follows an initial, a common
/// abbreviation, or a day number before a month ("7. Juni"); a line break always does.
/// </summary>
internal static class Segmenter
{
    private static readonly HashSet<string> Abbreviations = new(StringComparer.Ordinal)
        { "mr", "mrs", "ms", "dr", "st", "m", "mme", "mm", "jr", "sr", "prof", "gen", "inc", "vs", "etc", "no", "nr", "sig", "sr", "sra", "dott" };

    public static List<Sentence> Segment(string text, List<Token> tokens, List<Hit> hits)
    {
        var months = new HashSet<int>(hits.Where(h => h.Kind == HitKind.Month).Select(h => h.First));
        var breaks = new HashSet<int>(hits.Where(h => h.Kind == HitKind.ClauseBreak).Select(h => h.First));
        var sentences = new List<Sentence>();
        var (sentence, clause, first) = (0, 0, 0);
        var span = CollectionsMarshal.AsSpan(tokens);
        for (var i = 0; i < span.Length; i++)
        {
            ref var token = ref span[i];
            if (i > first && (token.NewlineBefore || EndsSentenceBefore(span, i, months)))
            {
                sentences.Add(Make(sentence++, first, i));
                first = i;
                clause++;
            }
            if ((token.Kind == TokenKind.Punct && Tokenizer.ClauseMarks.Contains(token.PunctChar)) || breaks.Contains(i)) clause++;
            token.Sentence = sentence;
            token.Clause = clause;
        }
        if (first < span.Length) sentences.Add(Make(sentence, first, span.Length));
        return sentences;

        Sentence Make(int index, int from, int end) => new(index, from, end, tokens[from].Start, tokens[end - 1].End);
    }

    /// <summary>True when token i opens a new sentence because of the enders before it.</summary>
    private static bool EndsSentenceBefore(Span<Token> tokens, int i, HashSet<int> months)
    {
        // Walk back over closing quotes glued to the ender: «... questions.» ends at the ».
        var j = i - 1;
        while (j > 0 && tokens[j].Kind == TokenKind.Punct && Tokenizer.ClosingMarks.Contains(tokens[j].PunctChar) && tokens[j].Start == tokens[j - 1].End) j--;
        if (j < 0 || tokens[j].Kind != TokenKind.Punct || !Tokenizer.SentenceEnders.Contains(tokens[j].PunctChar)) return false;
        var next = tokens[i];
        if (next.Kind == TokenKind.Punct && tokens[i - 1].End == next.Start && Tokenizer.ClosingMarks.Contains(next.PunctChar)) return false;
        // Scripts without capitals (Arabic, Persian): any word after a sentence ender opens the next sentence.
        var opens = next.Capitalized || next.Uncased || next.Kind == TokenKind.Number || (next.Kind == TokenKind.Punct && Tokenizer.OpeningQuotes.Contains(next.PunctChar));
        if (!opens) return false;
        if (tokens[j].PunctChar != '.' || j == 0) return true;
        // "40.000 Follower", "3.5": a full stop with a digit glued on both sides is inside a number.
        if (j == i - 1 && next.Kind == TokenKind.Number && next.Start == tokens[j].End && tokens[j - 1].Kind == TokenKind.Number && tokens[j - 1].End == tokens[j].Start) return false;
        var before = tokens[j - 1];
        if (before.End != tokens[j].Start) return true;
        if (before.Kind == TokenKind.Word && (before.Norm.Length == 1 || Abbreviations.Contains(before.Norm))) return false;
        return !(before.Kind == TokenKind.Number && before.Norm.Length <= 2 && months.Contains(i));
    }
}
