using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Named entities as runs of capitalised words ("Humanitarian China", "@handle"), minus words
/// the lists already explain (platforms, months, "Le"). Value 1 marks a place: an entity
/// right after a scope preposition ("en Chine", "in India").
/// </summary>
internal static class EntityFinder
{
    public const int Place = 1;

    private static readonly HitKind[] NotEntity =
    [
        HitKind.Platform, HitKind.Month, HitKind.Weekday, HitKind.RelativeDay, HitKind.Determiner, HitKind.Possessor,
        HitKind.PronounAny, HitKind.PronounPerson, HitKind.PronounOrganisation, HitKind.SpeakerBefore, HitKind.SpeakerAfter,
        HitKind.Passive, HitKind.Negation, HitKind.ClauseBreak, HitKind.AgentPreposition, HitKind.ScopePreposition,
        HitKind.GovernmentParty, HitKind.PlatformParty, HitKind.SubjectParty, HitKind.SubjectNoun, HitKind.Action,
    ];

    public static List<Hit> Find(ArticleText article, List<Hit> hits)
    {
        var tokens = article.Tokens;
        var blocked = new bool[tokens.Count];
        var scopeAt = new bool[tokens.Count];
        var determiner = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            if (Array.IndexOf(NotEntity, hit.Kind) >= 0) for (var t = hit.First; t <= hit.Last; t++) blocked[t] = true;
            if (hit.Kind == HitKind.ScopePreposition) scopeAt[hit.Last] = true;
            if (hit.Kind == HitKind.Determiner) determiner[hit.Last] = true;
        }
        var lowercaseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens) if (t.Kind == TokenKind.Word && !t.Capitalized) lowercaseWords.Add(t.Norm);

        var entities = new List<Hit>();
        var stop = article.Language.Stopwords;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!IsNameWord(i)) continue;
            var first = i;
            while (i + 1 < tokens.Count && IsNameWord(i + 1) && tokens[i + 1].Sentence == tokens[first].Sentence
                   && tokens[i + 1].Start - tokens[i].End <= 2) i++;
            // "Certaines écoles..." : a lone capitalised word opening a sentence is usually just a word.
            var sentenceStart = first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence
                || (tokens[first - 1].Kind == TokenKind.Punct && Tokenizer.OpeningQuotes.Contains(tokens[first - 1].PunctChar));
            if (first == i && sentenceStart && lowercaseWords.Contains(tokens[first].Norm)) continue;
            var before = first - 1;
            if (before >= 0 && determiner[before]) before--;
            var place = before >= 0 && scopeAt[before];
            entities.Add(new Hit(first, i, HitKind.Entity, place ? Place : 0));
        }
        return entities;

        bool IsNameWord(int t) => tokens[t].Kind == TokenKind.Word && tokens[t].Capitalized && !blocked[t] && !stop.Contains(tokens[t].Norm);
    }
}
