using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Lexicon;

/// <summary>
/// Finds every word list phrase in a token stream. Phrases are indexed by their first word
/// (exact or prefix), so the cost per token is a few dictionary lookups whatever the list size.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Dictionary<string, List<Phrase>> _exact = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>> _prefix = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Phrase>>.AlternateLookup<ReadOnlySpan<char>> _prefixLookup;
    private readonly int _shortestPrefix = int.MaxValue;

    private readonly Clitics _clitics;
    private readonly Stemmer? _stemmer;
    /// <summary>Phrases by the stem of their first word: other persons, tenses and clitic forms of a listed word.</summary>
    private readonly Dictionary<string, List<Phrase>> _byStem = new(StringComparer.Ordinal);
    /// <summary>
    /// The first letters of every listed stem. Snowball only strips and rewrites endings, so a word whose first
    /// letters start no listed stem cannot stem to one: most words of an article skip the stemmer.
    /// </summary>
    private readonly HashSet<string> _stemStarts = new(StringComparer.Ordinal);
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> _stemStartLookup;
    private const int StemStart = 3;

    /// <summary>Kinds whose words also match by stem: the action verbs and nouns, and the reason words.</summary>
    private static bool Stemmable(HitKind kind) => kind is HitKind.Action or HitKind.Reason;

    public PhraseMatcher(IEnumerable<Phrase> phrases, Clitics? clitics = null, Stemmer? stemmer = null)
    {
        _clitics = clitics ?? new Clitics([], []);
        _stemmer = stemmer;
        foreach (var listed in phrases)
        {
            var phrase = stemmer is not null && Stemmable(listed.Kind) ? WithStems(listed, stemmer) : listed;
            if (phrase.Parts[0].Stem is { } stem)
            {
                _stemStarts.Add(stem[..StemStart]);
                if (!_byStem.TryGetValue(stem, out var stemmed)) _byStem[stem] = stemmed = [];
                stemmed.Add(phrase);
            }
            var first = phrase.Parts[0];
            var index = first.Prefix ? _prefix : _exact;
            if (!index.TryGetValue(first.Norm, out var list)) index[first.Norm] = list = [];
            list.Add(phrase);
            if (first.Prefix) _shortestPrefix = Math.Min(_shortestPrefix, first.Norm.Length);
        }
        _prefixLookup = _prefix.GetAlternateLookup<ReadOnlySpan<char>>();
        _stemStartLookup = _stemStarts.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    private static Phrase WithStems(Phrase phrase, Stemmer stemmer) => phrase with
    {
        Parts = phrase.Parts.Select(p => p.Prefix || p.ExactCase is not null ? p
            : stemmer.Stem(p.Norm) is { Length: >= Stemmer.MinStem } stem ? p with { Stem = stem } : p).ToArray(),
    };

    private string? StemOf(string norm) =>
        _stemmer is null || norm.Length < Stemmer.MinStem || !_stemStartLookup.Contains(norm.AsSpan(0, StemStart)) ? null
            : _stemmer.Stem(norm) is { Length: >= Stemmer.MinStem } stem ? stem : null;

    /// <summary>Words a gap ("...") in a phrase may skip: the platform acting, between a verb and its object.</summary>
    private const int MaxGap = 3;

    public List<Hit> Match(string text, List<Token> tokens)
    {
        var hits = new List<Hit>(tokens.Count / 3 + 8);
        var forms = new List<string>?[tokens.Count];
        var stems = new string?[tokens.Count];
        var stemmed = new bool[tokens.Count];
        var seen = new HashSet<Phrase>(ReferenceEqualityComparer.Instance);
        var platformWord = new bool[tokens.Count];
        // Platforms first, so that gapped phrases know which words they may skip.
        Pass(platformPass: true);
        foreach (var hit in hits)
            for (var t = hit.First; t <= hit.Last; t++) platformWord[t] = true;
        Pass(platformPass: false);
        return KeepLongestPerKind(hits);

        void Pass(bool platformPass)
        {
            for (var i = 0; i < tokens.Count; i++)
            {
                if (!tokens[i].IsWord) continue;
                seen.Clear();
                foreach (var norm in Forms(i))
                {
                    if (_exact.TryGetValue(norm, out var exact)) Add(exact, i, platformPass);
                    for (var length = _shortestPrefix; length <= norm.Length && _prefix.Count > 0; length++)
                    {
                        if (_prefixLookup.TryGetValue(norm.AsSpan(0, length), out var byPrefix)) Add(byPrefix, i, platformPass);
                    }
                }
                if (!platformPass && _byStem.Count > 0 && Stem(i) is { } stem && _byStem.TryGetValue(stem, out var byStem)) Add(byStem, i, platformPass);
            }
        }

        List<string> Forms(int t) => forms[t] ??= _clitics.Forms(tokens[t].Norm);

        string? Stem(int t)
        {
            if (!stemmed[t]) (stems[t], stemmed[t]) = (tokens[t].Kind == TokenKind.Word ? StemOf(tokens[t].Norm) : null, true);
            return stems[t];
        }

        void Add(List<Phrase> candidates, int at, bool platformPass)
        {
            foreach (var phrase in candidates)
            {
                if ((phrase.Kind is HitKind.Platform or HitKind.PlatformParty) != platformPass || !seen.Add(phrase)) continue;
                var last = MatchFrom(text, tokens, phrase, 0, at, Forms, Stem, platformWord);
                if (last >= 0) hits.Add(new Hit(at, last, phrase.Kind, phrase.Value));
            }
        }
    }

    /// <summary>The word as written and with its clitics taken off (Arabic "وبالحساب" -> "حساب").</summary>
    public List<string> FormsOf(string norm) => _clitics.Forms(norm);

    /// <summary>The word ends with one of the language's clitic suffixes (a possessive ending).</summary>
    public bool HasSuffix(string norm) => _clitics.HasSuffix(norm);

    /// <summary>The last token of the phrase matched from part p at token t, or -1.</summary>
    private static int MatchFrom(string text, List<Token> tokens, Phrase phrase, int p, int t, Func<int, List<string>> forms, Func<int, string?> stem, bool[] platformWord)
    {
        for (; p < phrase.Parts.Length; p++, t++)
        {
            var part = phrase.Parts[p];
            if (part.GapBefore)
            {
                // Try the part here, then after one to MaxGap platform words.
                for (var skip = 0; skip <= MaxGap && t + skip < tokens.Count; skip++)
                {
                    if (skip > 0 && !platformWord[t + skip - 1]) break;
                    if (Matches(text, tokens, part, t + skip, forms, stem))
                    {
                        var last = MatchFrom(text, tokens, phrase, p + 1, t + skip + 1, forms, stem, platformWord);
                        if (last >= 0) return last;
                    }
                }
                return -1;
            }
            if (!Matches(text, tokens, part, t, forms, stem)) return -1;
        }
        return t - 1;
    }

    private static bool Matches(string text, List<Token> tokens, PhrasePart part, int t, Func<int, List<string>> forms, Func<int, string?> stem)
    {
        if (t >= tokens.Count || !tokens[t].IsWord) return false;
        if (part.Stem is not null && stem(t) == part.Stem) return true;
        foreach (var norm in forms(t))
        {
            var ok = part.Prefix ? norm.StartsWith(part.Norm, StringComparison.Ordinal) : norm == part.Norm;
            if (ok && part.ExactCase is not null)
                ok = text.AsSpan(tokens[t].Start, tokens[t].End - tokens[t].Start).SequenceEqual(part.ExactCase);
            if (ok) return true;
        }
        return false;
    }

    /// <summary>"avant-hier" wins over the "hier" inside it: a hit inside a longer hit of the same kind is dropped.</summary>
    private static List<Hit> KeepLongestPerKind(List<Hit> hits)
    {
        hits.Sort((a, b) => a.First != b.First ? a.First.CompareTo(b.First) : b.Last.CompareTo(a.Last));
        var kept = new List<Hit>(hits.Count);
        var reach = new Dictionary<HitKind, int>();
        foreach (var hit in hits)
        {
            if (reach.TryGetValue(hit.Kind, out var last) && hit.Last <= last) continue;
            kept.Add(hit);
            reach[hit.Kind] = hit.Last;
        }
        return kept;
    }
}
