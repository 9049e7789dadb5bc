using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Lexicon;

/// <summary>
/// One part of a phrase: "suspend*" matches by prefix, "=X" only with that exact case. GapBefore:
/// the data wrote "..." before it, so a platform name or platform word may stand between this part
/// and the one before ("أعادت تويتر تفعيل" = re- Twitter -activated, in verb-subject-object order).
/// </summary>
internal sealed record PhrasePart(string Norm, bool Prefix, string? ExactCase, bool GapBefore = false)
{
    /// <summary>The word's stem, where its language has a stemmer and its kind matches by stem.</summary>
    public string? Stem { get; init; }
}

/// <summary>A word list entry compiled to token parts, with what it means.</summary>
internal sealed record Phrase(PhrasePart[] Parts, HitKind Kind, int Value)
{
    /// <summary>
    /// Data syntax: words separated by spaces, split at apostrophes and hyphens like the text
    /// ("a-t-il déclaré"), a trailing * for a prefix, a leading = for an exact-case word.
    /// </summary>
    public static Phrase? Parse(string entry, HitKind kind, int value)
    {
        var parts = new List<PhrasePart>();
        var gap = false;
        foreach (var raw in entry.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == "...") { gap = parts.Count > 0; continue; }
            var prefix = raw.EndsWith('*');
            var exact = raw.StartsWith('=');
            var word = raw.Trim('*', '=');
            var pieces = Tokenizer.Tokenize(word).Where(t => t.IsWord).ToList();
            if (pieces.Count == 0) continue;
            for (var i = 0; i < pieces.Count; i++)
            {
                var last = i == pieces.Count - 1;
                parts.Add(new PhrasePart(pieces[i].Norm, prefix && last, exact ? word[pieces[i].Start..pieces[i].End] : null, gap && i == 0));
            }
            gap = false;
        }
        return parts.Count == 0 ? null : new Phrase(parts.ToArray(), kind, value);
    }
}
