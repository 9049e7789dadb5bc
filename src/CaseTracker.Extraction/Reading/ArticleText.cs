using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>A sentence as a token range [First, End) and its character span.</summary>
internal readonly record struct Sentence(int Index, int First, int End, int Start, int StopChar);

/// <summary>
/// One article after tokenising and word list matching: the tokens, what the word lists found
/// in them (by kind), sentences, clauses and named entities. Built once per Extract call.
/// </summary>
internal sealed class ArticleText
{
    public string Text { get; }
    public LanguagePack Language { get; }
    public DateOnly? Published { get; }
    public List<Token> Tokens { get; }
    public List<Sentence> Sentences { get; }
    private readonly List<Hit>[] _byKind;
    private readonly ulong[] _kindsAt;

    public IReadOnlyList<string> Platforms { get; }

    public ArticleText(string text, LanguagePack language, DateOnly? published, IReadOnlyList<string> platforms)
    {
        Text = text;
        Platforms = platforms;
        Language = language;
        Published = published;
        Tokens = Tokenizer.Tokenize(text);
        var hits = language.Matcher.Match(text, Tokens);
        Sentences = Segmenter.Segment(text, Tokens, hits);
        hits.AddRange(EntityFinder.Find(this, hits));
        _byKind = new List<Hit>[Enum.GetValues<HitKind>().Length];
        for (var k = 0; k < _byKind.Length; k++) _byKind[k] = [];
        _kindsAt = new ulong[Tokens.Count];
        foreach (var hit in hits.OrderBy(h => h.First))
        {
            _byKind[(int)hit.Kind].Add(hit);
            for (var t = hit.First; t <= hit.Last; t++) _kindsAt[t] |= 1UL << (int)hit.Kind;
        }
        FindExecutives();
    }

    private readonly Dictionary<string, int> _executives = new(StringComparer.Ordinal);

    /// <summary>
    /// "X owner Elon Musk", "Elon Musk, the owner of X", "le PDG de Twitter, Jack Dorsey": a person
    /// named beside a title and a platform acts and speaks for that platform, here and wherever the
    /// article names them again (full name or surname).
    /// </summary>
    private void FindExecutives()
    {
        foreach (var title in All(HitKind.ExecutiveTitle))
        {
            var sentence = Tokens[title.First].Sentence;
            bool Near(Hit h) => Tokens[h.First].Sentence == sentence;
            var platform = In(HitKind.Platform, title.First - 3, title.Last + 5).Where(Near)
                .OrderBy(p => Math.Min(Math.Abs(p.First - title.Last), Math.Abs(title.First - p.Last))).FirstOrDefault();
            if (platform == default) continue;
            var from = Math.Min(title.First, platform.First);
            var to = Math.Max(title.Last, platform.Last);
            var person = In(HitKind.Entity, to + 1, to + 4).Where(Near).FirstOrDefault();
            if (person == default) person = In(HitKind.Entity, from - 5, from).Where(Near).LastOrDefault();
            if (person == default || person.Value != EntityFinder.Name) continue;
            var name = Folding.Fold(Slice(person.First, person.Last));
            _executives.TryAdd(name, platform.Value);
            if (person.Last > person.First) _executives.TryAdd(Tokens[person.Last].Norm, platform.Value);
        }
    }

    /// <summary>The platform (index) that a named person runs, if the article says so.</summary>
    public int? ExecutiveOf(Hit entity)
    {
        if (_executives.Count == 0) return null;
        return _executives.TryGetValue(Folding.Fold(Slice(entity.First, entity.Last)), out var p) ? p : null;
    }

    public IReadOnlyList<Hit> All(HitKind kind) => _byKind[(int)kind];

    public bool Has(int token, HitKind kind) => token >= 0 && token < _kindsAt.Length && (_kindsAt[token] & (1UL << (int)kind)) != 0;

    /// <summary>The hit of this kind that covers the token, if any.</summary>
    public Hit? At(int token, HitKind kind)
    {
        if (!Has(token, kind)) return null;
        var list = _byKind[(int)kind];
        var (lo, hi) = (0, list.Count - 1);
        while (lo < hi)
        {
            var mid = (lo + hi + 1) / 2;
            if (list[mid].First <= token) lo = mid; else hi = mid - 1;
        }
        for (var i = lo; i >= 0 && i >= lo - 3; i--)
            if (list[i].First <= token && list[i].Last >= token) return list[i];
        return null;
    }

    /// <summary>Hits of a kind that start inside the token range [first, end).</summary>
    public IEnumerable<Hit> In(HitKind kind, int first, int end)
    {
        var list = _byKind[(int)kind];
        var (lo, hi) = (0, list.Count);
        while (lo < hi)
        {
            var mid = (lo + hi) / 2;
            if (list[mid].First < first) lo = mid + 1; else hi = mid;
        }
        for (var i = lo; i < list.Count && list[i].First < end; i++) yield return list[i];
    }

    public bool AnyIn(HitKind kind, int first, int end)
    {
        for (var t = Math.Max(first, 0); t < Math.Min(end, Tokens.Count); t++) if (Has(t, kind)) return true;
        return false;
    }

    public Sentence SentenceOf(int token) => Sentences[Tokens[token].Sentence];

    public string Slice(int firstToken, int lastToken) => Text[Tokens[firstToken].Start..Tokens[lastToken].End];

    /// <summary>
    /// A named entity as written, less a preposition or conjunction glued before an article-marked
    /// uncased name: "للخطيب" (to + the + Khatib) is "الخطيب", "بالناشط" would be "الناشط".
    /// </summary>
    public string Name(Hit entity)
    {
        var name = Slice(entity.First, entity.Last);
        if (!Tokens[entity.First].Uncased || name.Length < 5) return name;
        if (name.StartsWith("لل", StringComparison.Ordinal)) return "ال" + name[2..];
        return name[0] is 'و' or 'ف' or 'ب' or 'ك' or 'ل' && name[1..].StartsWith("ال", StringComparison.Ordinal) ? name[1..] : name;
    }

    public QuoteSpan Span(int start, int end) => new(start, end, Text[start..end]);
}
