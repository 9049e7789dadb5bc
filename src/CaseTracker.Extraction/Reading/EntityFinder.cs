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
    public const int Name = 0;
    public const int Place = 1;
    /// <summary>An outlet or employer given beside a person ("Ryan Mac, de The New York Times", "el periodista de Business Insider, David Seaman"): no subject, no actor.</summary>
    public const int Affiliation = 2;

    /// <summary>Lower-case particles inside personal and organisation names across the supported languages.</summary>
    private static readonly HashSet<string> Particles = new(StringComparer.Ordinal)
        { "de", "du", "des", "van", "von", "der", "den", "da", "di", "do", "dos", "das", "del", "della", "la", "le", "bin", "ibn", "al", "el", "ter", "zu" };

    private static readonly HitKind[] NotEntity =
    [
        HitKind.Platform, HitKind.Month, HitKind.Weekday, HitKind.RelativeDay, HitKind.Determiner, HitKind.Possessor,
        HitKind.PronounAny, HitKind.PronounPerson, HitKind.PronounOrganisation, HitKind.SpeakerBefore, HitKind.SpeakerAfter,
        HitKind.Passive, HitKind.Negation, HitKind.ClauseBreak, HitKind.AgentPreposition, HitKind.ScopePreposition,
        HitKind.GovernmentParty, HitKind.PlatformParty, HitKind.SubjectParty, HitKind.SubjectNoun, HitKind.Action,
        HitKind.RoleNoun, HitKind.ExecutiveTitle, HitKind.DurationUnit, HitKind.RelativeWeek, HitKind.FollowingDay,
        // "Drei Beiträge wurden gelöscht": a number word opening a sentence is capitalised, not a name.
        HitKind.NumberWord,
    ];

    public static List<Hit> Find(ArticleText article, List<Hit> hits)
    {
        var tokens = article.Tokens;
        var blocked = new bool[tokens.Count];
        var noun = new bool[tokens.Count];
        var scopeAt = new bool[tokens.Count];
        var determiner = new bool[tokens.Count];
        var numberWord = new bool[tokens.Count];
        var postAt = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            if (hit.Kind == HitKind.SubjectNoun) for (var t = hit.First; t <= hit.Last; t++) noun[t] = true;
            else if (Array.IndexOf(NotEntity, hit.Kind) >= 0) for (var t = hit.First; t <= hit.Last; t++) blocked[t] = true;
            if (hit.Kind == HitKind.ScopePreposition) scopeAt[hit.Last] = true;
            if (hit.Kind == HitKind.Determiner) determiner[hit.Last] = true;
            if (hit.Kind == HitKind.NumberWord) numberWord[hit.Last] = true;
            if (hit.Kind == HitKind.ScopePostposition) postAt[hit.First] = true;
        }
        var lowercaseWords = new HashSet<string>(StringComparer.Ordinal);
        foreach (var t in tokens) if (t.Kind == TokenKind.Word && !t.Capitalized) lowercaseWords.Add(t.Norm);

        var entities = new List<Hit>();
        var stop = article.Language.Stopwords;
        for (var i = 0; i < tokens.Count; i++)
        {
            // "du collectif Les Voix Libres", "reported by The Daily Post": a capitalised article inside a sentence opens the name.
            var lead = IsLeadingArticle(i);
            if (!lead && !IsNameWord(i)) continue;
            var first = i;
            while (i + 1 < tokens.Count && tokens[i + 1].Sentence == tokens[first].Sentence && tokens[i + 1].Start - tokens[i].End <= 2)
            {
                if (IsNameWord(i + 1)) { i++; continue; }
                // "The Washington Post", "Huffington Post": a capitalised account or content noun inside a name belongs to it.
                if (noun[i + 1] && tokens[i + 1].Capitalized && !blocked[i + 1] && !stop.Contains(tokens[i + 1].Norm)) { i++; continue; }
                // "Pieter de Vries", "Les Voix du Sud": a lower-case name particle between two name words.
                if (i > first - 1 && i + 2 < tokens.Count && Particles.Contains(tokens[i + 1].Norm) && !tokens[i + 1].Capitalized
                    && IsNameWord(i + 2) && tokens[i + 2].Start - tokens[i + 1].End <= 2 && tokens[i + 2].Sentence == tokens[first].Sentence) { i += 2; continue; }
                // "Jana „Jaynix“ Köhler", "Dwayne "The Rock" Johnson": a quoted nickname between first and last name.
                if (QuotedNickname(i + 1) is { } end && end > i + 1) { i = end; continue; }
                break;
            }
            // "Certaines écoles..." : a lone capitalised word opening a sentence is usually just a word.
            var sentenceStart = first == 0 || tokens[first - 1].Sentence != tokens[first].Sentence
                || (tokens[first - 1].Kind == TokenKind.Punct && Tokenizer.OpeningQuotes.Contains(tokens[first - 1].PunctChar));
            if (first == i && sentenceStart && lowercaseWords.Contains(tokens[first].Norm)) continue;
            if (first == i && AfterAdjective(first)) continue;
            // "nach Ablauf einer Frist": where every noun is capitalised, a lone capitalised word after an article is a noun.
            // So is one after a number: "mit 40.000 Followern".
            if (first == i && article.Language.CapitalisedNouns && first > 0 && tokens[first - 1].Sentence == tokens[first].Sentence
                && (determiner[first - 1] || tokens[first - 1].Kind == TokenKind.Number || numberWord[first - 1])
                && !(first > 1 && determiner[first - 1] && scopeAt[first - 2])) continue;
            var before = first - 1;
            if (before >= 0 && determiner[before]) before--;
            // "Türkiye'de": a locative ending glued right after the name.
            var place = (before >= 0 && scopeAt[before]) || (i + 1 < tokens.Count && postAt[i + 1] && tokens[i + 1].Start - tokens[i].End <= 1);
            entities.Add(new Hit(first, i, HitKind.Entity, place ? Place : 0));
        }
        var uncased = UncasedNames(article, hits, entities).ToList();
        // "نور السعدي @nour_voices": a handle right after an uncased name belongs to it.
        entities.RemoveAll(e => uncased.Any(u => u.Value == 0 && u.First <= e.First && e.Last <= u.Last));
        entities.AddRange(uncased);
        entities.Sort((x, y) => x.First.CompareTo(y.First));
        return Affiliations(SplitAtKnownNames(entities, tokens), tokens, hits);

        bool IsLeadingArticle(int t) =>
            t > 0 && t + 1 < tokens.Count && tokens[t].Kind == TokenKind.Word && tokens[t].Capitalized && determiner[t] && stop.Contains(tokens[t].Norm)
            && tokens[t - 1].Sentence == tokens[t].Sentence && tokens[t - 1].Kind == TokenKind.Word && !tokens[t - 1].Capitalized
            && IsNameWord(t + 1) && tokens[t + 1].Start - tokens[t].End <= 2;

        bool AfterAdjective(int t)
        {
            if (t == 0 || tokens[t - 1].Sentence != tokens[t].Sentence || tokens[t - 1].Kind != TokenKind.Word || tokens[t - 1].Capitalized) return false;
            var word = tokens[t - 1].Norm;
            if (word.Length < 4 || stop.Contains(word) || determiner[t - 1]) return false;
            foreach (var ending in article.Language.AdjectiveEndings)
                if (word.EndsWith(ending, StringComparison.Ordinal)) return true;
            return false;
        }

        // The closing name word after "„Nick“" (one to three name words in quote marks), or null when no nickname opens at `open`.
        int? QuotedNickname(int open)
        {
            if (open >= tokens.Count || tokens[open].Kind != TokenKind.Punct || !Tokenizer.OpeningQuotes.Contains(tokens[open].PunctChar)) return null;
            var t = open + 1;
            while (t < tokens.Count && t - open <= 3 && IsNameWord(t) && tokens[t].Sentence == tokens[open].Sentence) t++;
            if (t == open + 1 || t + 1 >= tokens.Count || tokens[t].Kind != TokenKind.Punct || !Tokenizer.ClosingMarks.Contains(tokens[t].PunctChar)) return null;
            return IsNameWord(t + 1) && tokens[t + 1].Sentence == tokens[open].Sentence && tokens[t + 1].Start - tokens[t].End <= 2 ? t + 1 : null;
        }
        bool IsNameWord(int t) => tokens[t].Kind == TokenKind.Word && tokens[t].Capitalized && !blocked[t] && !noun[t] && !stop.Contains(tokens[t].Norm);
        }

    /// <summary>Words that introduce a name in scripts without capitals: "حساب الناشط X", "قناة X", "قال X".</summary>
    private static readonly HitKind[] Introducers = [HitKind.RoleNoun, HitKind.SubjectNoun, HitKind.SpeakerAfter, HitKind.SubjectParty];
    private const int MaxUncasedNameWords = 3;

    /// <summary>
    /// Arabic and Persian have no capitals: a name is up to three words right after a word that
    /// introduces one (a role noun, a subject noun, a speech verb), none of them a stop word or a
    /// word the lists explain; a country from the language's list is a place wherever it stands.
    /// </summary>
    private static IEnumerable<Hit> UncasedNames(ArticleText article, List<Hit> hits, List<Hit> cased)
    {
        var tokens = article.Tokens;
        var explained = new bool[tokens.Count];
        var introduces = new bool[tokens.Count];
        var taken = new bool[tokens.Count];
        foreach (var e in cased) for (var t = e.First; t <= e.Last; t++) taken[t] = true;
        foreach (var hit in hits)
        {
            for (var t = hit.First; t <= hit.Last; t++) explained[t] = true;
            // "منشوراتها تخالف ...": a noun with a possessive ending already has its owner.
            if (Array.IndexOf(Introducers, hit.Kind) >= 0 && !(hit.Kind == HitKind.SubjectNoun && article.Language.Matcher.HasSuffix(tokens[hit.Last].Norm)))
                introduces[hit.Last] = true;
        }
        foreach (var place in hits.Where(h => h.Kind == HitKind.Place))
            if (!taken[place.First]) yield return new Hit(place.First, place.Last, HitKind.Entity, Place);

        bool NameWord(int t) => tokens[t].Kind == TokenKind.Word && tokens[t].Uncased && !explained[t] && !taken[t]
                                && !article.Language.IsStopword(tokens[t].Norm);
        // Verb-final speech: "احمدی گفت" (Ahmadi said): the words right before the cue name the speaker.
        var names = new List<Hit>();
        foreach (var cue in hits.Where(h => h.Kind == HitKind.SpeakerBefore))
        {
            var first = cue.First;
            while (first - 1 >= 0 && cue.First - (first - 1) <= MaxUncasedNameWords && tokens[first - 1].Sentence == tokens[cue.First].Sentence && NameWord(first - 1)) first--;
            if (first < cue.First) names.Add(new Hit(first, cue.First - 1, HitKind.Entity, 0));
        }
        foreach (var name in names)
        {
            for (var t = name.First; t <= name.Last; t++) taken[t] = true;
            yield return name;
        }
        for (var i = 1; i < tokens.Count; i++)
        {
            if (!introduces[i - 1] || !NameWord(i) || tokens[i].Sentence != tokens[i - 1].Sentence) continue;
            var last = i;
            while (last + 1 < tokens.Count && last + 1 - i < MaxUncasedNameWords && tokens[last + 1].Sentence == tokens[i].Sentence && NameWord(last + 1)) last++;
            if (last + 1 < tokens.Count && tokens[last + 1].Sentence == tokens[i].Sentence && article.Text[tokens[last + 1].Start] == '@') last++;
            yield return new Hit(i, last, HitKind.Entity, 0);
            i = last;
        }
    }

    /// <summary>
    /// "Drew Harwell, de The Washington Post", "Ryan Mac of The New York Times": a name after another name and a possessor
    /// word is where that person works; "el periodista de Business Insider, David Seaman": so is the name between a role
    /// noun's possessor and the person's name in apposition.
    /// </summary>
    private static List<Hit> Affiliations(List<Hit> entities, List<Token> tokens, List<Hit> hits)
    {
        var possessor = new bool[tokens.Count];
        var role = new bool[tokens.Count];
        foreach (var hit in hits)
        {
            if (hit.Kind == HitKind.Possessor && hit.First == hit.Last) possessor[hit.First] = true;
            if (hit.Kind is HitKind.RoleNoun or HitKind.SubjectParty) role[hit.Last] = true;
        }
        var startsAt = new Dictionary<int, int>();
        var endsAt = new Dictionary<int, int>();
        for (var i = 0; i < entities.Count; i++) { startsAt[entities[i].First] = i; endsAt[entities[i].Last] = i; }
        bool Comma(int t) => t >= 0 && t < tokens.Count && tokens[t].Kind == TokenKind.Punct && tokens[t].PunctChar == ',';
        bool PersonBefore(int t) => endsAt.TryGetValue(t, out var i) && entities[i].Value == Name;
        for (var i = 0; i < entities.Count; i++)
        {
            var e = entities[i];
            if (e.Value != Name || e.First < 2 || !possessor[e.First - 1]) continue;
            var afterName = PersonBefore(e.First - 2) || (Comma(e.First - 2) && PersonBefore(e.First - 3));
            var beforeName = role[e.First - 2] && Comma(e.Last + 1) && startsAt.TryGetValue(e.Last + 2, out var next) && entities[next].Value == Name;
            if (afterName || beforeName) entities[i] = e with { Value = Affiliation };
        }
        return entities;
    }

    /// <summary>
    /// "Le fondateur de Humanitarian China Zhou Fengsuo": a run that begins with a name seen on its
    /// own elsewhere in the article ("Humanitarian China") is that name followed by another one.
    /// </summary>
    private static List<Hit> SplitAtKnownNames(List<Hit> entities, List<Token> tokens)
    {
        string Key(int first, int last) => string.Join(' ', Enumerable.Range(first, last - first + 1).Select(t => tokens[t].Norm));
        var known = new HashSet<string>(entities.Where(e => e.Last > e.First).Select(e => Key(e.First, e.Last)), StringComparer.Ordinal);
        var result = new List<Hit>(entities.Count);
        foreach (var e in entities)
        {
            var split = -1;
            // The longest known name of two words or more that leaves a name of two words or more.
            for (var end = e.Last - 2; end > e.First; end--)
                if (known.Contains(Key(e.First, end))) { split = end; break; }
            if (split < 0) { result.Add(e); continue; }
            result.Add(e with { Last = split });
            result.Add(new Hit(split + 1, e.Last, HitKind.Entity, e.Value));
        }
        return result;
    }
}
