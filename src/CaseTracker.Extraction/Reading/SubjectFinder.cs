using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Finds who was acted on, by grammar first: the possessor ("le compte de X", "X's account",
/// "the account of X"), an apposition ("the group X", "@handle", a quoted channel name), the
/// named object of the verb; then the speaker of the sentence, the subject of an earlier report
/// on the same platform, and finally the nearest preceding named entity.
/// </summary>
internal sealed class SubjectFinder(ArticleText a, Discourse discourse)
{
    private const int NounWindow = 10;

    /// <summary>The subject noun ("compte", "channel") nearest to the action in its sentence.</summary>
    public Hit? NounNear(Hit action, Sentence s)
    {
        Hit? best = null;
        var bestScore = int.MaxValue;
        // A noun in the same clause may sit far from a verb-final participle: "Der Kanal des Bloggers X wurde am 4. Mai von YouTube gesperrt".
        foreach (var noun in a.In(HitKind.SubjectNoun, Math.Max(s.First, action.First - 2 * NounWindow), Math.Min(s.End, action.Last + NounWindow + 1)))
        {
            // "The Washington Post": a noun inside a name is part of the name.
            if (a.At(noun.First, HitKind.Entity) is { } name && name.First < noun.First) continue;
            var distance = noun.First > action.Last ? noun.First - action.Last : action.First - noun.Last;
            var sameClause = a.Tokens[noun.First].Clause == a.Tokens[action.First].Clause;
            // "dat het account „na een tweede beoordeling“ op 27 november is hersteld": quote marks split no clause of the verb.
            if (distance > NounWindow && !((sameClause || OneClauseBetween(noun.Last, action.First)) && noun.Last < action.First)) continue;
            var score = distance + (sameClause ? 0 : 6);
            if (score < bestScore) (best, bestScore) = (noun, score);
        }
        return best;
    }

    /// <summary>No comma, clause word or other action word between two tokens: quote marks alone do not end a clause.</summary>
    private bool OneClauseBetween(int from, int to)
    {
        for (var t = from + 1; t < to; t++)
        {
            if (a.Has(t, HitKind.ClauseBreak) || a.Has(t, HitKind.Action)) return false;
            if (a.Tokens[t] is { Kind: TokenKind.Punct } p && !Tokenizer.OpeningQuotes.Contains(p.PunctChar) && !Tokenizer.ClosingMarks.Contains(p.PunctChar)) return false;
        }
        return true;
    }

    /// <summary>The platform named right beside a subject noun: "compte Twitter", "YouTube channel".</summary>
    public string? Qualifier(Hit noun)
    {
        if (a.At(noun.Last + 1, HitKind.Platform) is { } after && a.Tokens[after.First].Sentence == a.Tokens[noun.First].Sentence) return a.Platforms[after.Value];
        if (a.At(noun.First - 1, HitKind.Platform) is { } before && a.Tokens[before.First].Sentence == a.Tokens[noun.First].Sentence) return a.Platforms[before.Value];
        return null;
    }

    public SubjectRef? Find(Hit action, Sentence s, Hit? noun, bool passive, string platform, IReadOnlyList<ActionMention> earlier, bool anaphoraAllowed)
    {
        var kind = noun is { } n ? (SubjectKind)n.Value : SubjectKind.Account;
        string? generic = null;
        if (noun is { } found)
        {
            if (Possessor(found, out generic) is { } named) return new(named, kind, true);
        }
        if (NamedObject(action, s, passive) is { } obj) return new(obj, kind, true);

        var anaphoric = noun is null && anaphoraAllowed;
        if (noun is null && !anaphoric) return null;

        if (discourse.SpeakerOf(s.Index) is { Role: PartyRole.Named, Name: { } speaker } party)
        {
            // The founder of a group speaking of "son compte" speaks of the group's account when the group was named just before.
            var spokenFor = earlier.LastOrDefault(m => m.Platform == platform && m.Subject.Named && discourse.SpeaksFor(party, m.Subject.Name))
                            ?? (discourse.IsUnattachedSpokesperson(party) ? earlier.LastOrDefault(m => m.Subject.Named) : null);
            return spokenFor is not null ? new(spokenFor.Subject.Name, noun is null ? spokenFor.Subject.Kind : kind, true) : new(speaker, kind, true);
        }
        for (var i = earlier.Count - 1; i >= 0; i--)
        {
            var m = earlier[i];
            if (m.Platform == platform && m.Subject.Named) return new(m.Subject.Name, noun is null ? m.Subject.Kind : kind, true);
        }
        if (generic is not null) return new(generic, kind, false);
        if (PrecedingEntity(action.First) is { } entity) return new(entity, kind, true);
        return new(noun is { } word ? a.Slice(word.First, word.Last) : "", kind, false);
    }

    /// <summary>A subject named by grammar alone (possessor, apposition, named object), or null.</summary>
    public string? GrammaticalName(Hit action, Sentence s, Hit? noun, bool passive) =>
        (noun is { } n ? Possessor(n, out _) : null) ?? NamedObject(action, s, passive);

    /// <summary>"le compte de X", "X's account", "the X account", "the group X", "@handle", "the channel «X»".</summary>
    private string? Possessor(Hit noun, out string? generic)
    {
        generic = null;
        var tokens = a.Tokens;
        var t = noun.Last + 1;
        if (a.At(t, HitKind.Platform) is { } qualifier) t = qualifier.Last + 1;
        // "مقاطع فيديو من ...": a second content noun that only specifies the first.
        if (a.At(t, HitKind.SubjectNoun) is { } second && second.First == t && second.Value == noun.Value && tokens[t].Uncased) t = second.Last + 1;
        if (t < tokens.Count && Entity(t) is { } apposition) return apposition;
        // Case-marked possessors with no preposition: "аккаунт активиста Ивана Петрова", "akun aktivis Budi", "contul activistului Ion".
        for (var u = t; u < Math.Min(tokens.Count, t + 2) && a.Has(u, HitKind.RoleNoun); u++)
            if (u + 1 < tokens.Count && !a.Has(u + 1, HitKind.RoleNoun) && Entity(u + 1) is { } governed) return governed;
        if (t < tokens.Count && tokens[t].Kind == TokenKind.Punct && Tokenizer.OpeningQuotes.Contains(tokens[t].PunctChar) && Quoted(t) is { } quoted) return quoted;
        if (a.At(t, HitKind.Possessor) is { } of)
        {
            t = of.Last + 1;
            for (var skip = 0; skip < 4 && t < tokens.Count && (a.Has(t, HitKind.Determiner) || a.Has(t, HitKind.SubjectParty) || a.Has(t, HitKind.RoleNoun)); skip++) t++;
            if (t < tokens.Count && Entity(t) is { } owner) return owner;
            // "videos from the channel «X»": a container noun, then its quoted name.
            if (t + 1 < tokens.Count && a.Has(t, HitKind.SubjectNoun) && tokens[t + 1].Kind == TokenKind.Punct
                && Tokenizer.OpeningQuotes.Contains(tokens[t + 1].PunctChar) && Quoted(t + 1) is { } container) return container;
            // "du collectif Les Voix Libres", "of the activist group Free Voices": a role word or two before the name.
            for (var u = t; u < Math.Min(tokens.Count, t + 3) && tokens[u].Kind == TokenKind.Word
                 && (!tokens[u].Capitalized || a.Language.Stopwords.Contains(tokens[u].Norm)) && !a.Has(u, HitKind.Action); u++)
                if (u + 1 < tokens.Count && Entity(u + 1) is { } titled) return titled;
            generic = Description(t);
        }
        // Before the noun: "X's (Twitter) account", "the X (Twitter) account".
        var b = noun.First - 1;
        if (a.At(b, HitKind.Platform) is { } q) b = q.First - 1;
        // "X's account", "Ayşe Yılmaz'ın hesabı": a short genitive ending glued to the name by an apostrophe.
        if (b > 0 && tokens[b].Kind == TokenKind.Word && tokens[b].Norm.Length <= 3 && !tokens[b].Capitalized
            && tokens[b].Start == tokens[b - 1].End + 1 && a.Text[tokens[b].Start - 1] is '\'' or '’') b--;
        if (b >= 0 && a.At(b, HitKind.Entity) is { } e && e.Value == EntityFinder.Name) return a.Name(e);
        return null;
    }

    /// <summary>The name that starts at t, or at the capitalised article just before it ("The Daily Post").</summary>
    private string? Entity(int t) => a.At(t, HitKind.Entity) is { } e && (e.First == t || (e.First == t - 1 && a.Has(e.First, HitKind.Determiner)))
                                     && e.Value == EntityFinder.Name ? a.Name(e) : null;

    /// <summary>The quoted name after a noun; a quote that reports the action ("der Kanal „nach Prüfung wiederhergestellt“") is speech, not a name.</summary>
    private string? Quoted(int open)
    {
        // "het account „na een tweede beoordeling“": quoted words opening in lower case are speech, not a name.
        if (open + 1 < a.Tokens.Count && a.Tokens[open + 1] is { Kind: TokenKind.Word, Capitalized: false, Uncased: false } first && !first.Norm.StartsWith('@')) return null;
        for (var t = open + 1; t < Math.Min(a.Tokens.Count, open + 10); t++)
        {
            if (a.Has(t, HitKind.Action)) return null;
            if (a.Tokens[t].Kind == TokenKind.Punct && Tokenizer.ClosingMarks.Contains(a.Tokens[t].PunctChar))
                return t > open + 1 ? a.Text[a.Tokens[open + 1].Start..a.Tokens[t - 1].End] : null;
        }
        return null;
    }

    /// <summary>A lower-case possessor ("des militants basés"): kept as a description, up to four words.</summary>
    private string? Description(int t)
    {
        var first = t;
        var tokens = a.Tokens;
        while (t < tokens.Count && t - first < 4 && tokens[t].IsWord && tokens[t].Sentence == tokens[first].Sentence
               && !a.Has(t, HitKind.ScopePreposition) && !a.Has(t, HitKind.Possessor) && !a.Has(t, HitKind.Action)
               && !a.Has(t, HitKind.AgentPreposition) && !a.Has(t, HitKind.ClauseBreak) && !a.Has(t, HitKind.DateBlocker)) t++;
        return t > first ? a.Slice(first, t - 1) : null;
    }

    /// <summary>"banned Alex Jones" (active), "Alex Jones was banned" (passive).</summary>
    private string? NamedObject(Hit action, Sentence s, bool passive)
    {
        if (!passive)
        {
            var t = action.Last + 1;
            for (var skip = 0; skip < 4 && t < s.End && (a.Has(t, HitKind.Determiner) || a.Has(t, HitKind.SubjectParty) || a.Has(t, HitKind.RoleNoun)); skip++) t++;
            if (t < s.End && Entity(t) is { } named) return named;
            // "banned the chess streamer Viktor Halloran": lower-case modifiers before a role word and the name.
            for (var u = t; u < Math.Min(s.End, t + 3) && a.Tokens[u].Kind == TokenKind.Word && !a.Tokens[u].Capitalized
                 && !a.Has(u, HitKind.Action) && !a.Has(u, HitKind.AgentPreposition) && !a.Has(u, HitKind.ClauseBreak); u++)
                if (u + 1 < s.End && a.Has(u + 1, HitKind.RoleNoun) && u + 2 < s.End && Entity(u + 2) is { } titled) return titled;
            return null;
        }
        for (var t = action.First - 1; t >= Math.Max(s.First, action.First - 4); t--)
        {
            if (a.At(t, HitKind.Entity) is { } e) return e.Value != EntityFinder.Name ? null : a.Name(e);
            if (!a.Has(t, HitKind.Passive) && !a.Has(t, HitKind.Negation)) break;
        }
        // "Die Streamerin Jana Köhler ist von Twitch für einen Tag gesperrt worden": in a verb-final clause the patient
        // is the name just before the auxiliary that opens the passive, however many words follow it.
        for (var aux = action.First - 1; aux > s.First && a.Tokens[aux].Clause == a.Tokens[action.First].Clause; aux--)
        {
            if (!a.Has(aux, HitKind.Passive) || a.Has(aux - 1, HitKind.Passive)) continue;
            if (a.At(aux - 1, HitKind.Entity) is { Value: EntityFinder.Name } before) return a.Name(before);
            // "Claire Dumontet, recruteuse à Lyon, a été bannie": the name stands before an apposition set off by commas.
            return AppositionHead(aux - 1, s);
        }
        return null;
    }

    /// <summary>Longest apposition between a name and its verb: "recruteuse indépendante à Lyon".</summary>
    private const int AppositionReach = 10;

    /// <summary>The name before ", apposition," when token `comma` closes it.</summary>
    private string? AppositionHead(int comma, Sentence s)
    {
        if (comma <= s.First || a.Tokens[comma] is not { Kind: TokenKind.Punct, PunctChar: ',' }) return null;
        for (var t = comma - 1; t > Math.Max(s.First, comma - AppositionReach); t--)
        {
            if (a.Tokens[t].Kind != TokenKind.Punct) continue;
            if (a.Tokens[t].PunctChar != ',') return null;
            return a.At(t - 1, HitKind.Entity) is { Value: EntityFinder.Name } head ? a.Name(head) : null;
        }
        return null;
    }

    private string? PrecedingEntity(int token)
    {
        for (var t = token - 1; t >= Math.Max(0, token - 250); t--)
            if (a.At(t, HitKind.Entity) is { } e && e.Value == EntityFinder.Name) return a.Name(e);
        return null;
    }
}
