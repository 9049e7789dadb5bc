using CaseTracker.Extraction.Lexicon;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Who speaks in each sentence ("X a déclaré", "according to X", "a-t-il déclaré") and what a
/// pronoun or "the company" refers to: the nearest fitting party earlier in the sentence, else
/// the last speaker of the previous sentences, else the last fitting party mentioned.
/// </summary>
internal sealed class Discourse
{
    private const int SpeakerMemory = 3;
    private const int LookBack = 250;
    private readonly ArticleText _a;
    private readonly Party?[] _speakers;

    public Discourse(ArticleText a)
    {
        _a = a;
        _speakers = new Party?[a.Sentences.Count];
        // In order, so that a pronoun speaker resolves against speakers already known.
        foreach (var sentence in a.Sentences) _speakers[sentence.Index] = FindSpeaker(sentence);
    }

    public Party? SpeakerOf(int sentence) => _speakers[sentence];

    /// <summary>The first party before token `from` (down to `limit`), crossing no attribution cue.</summary>
    public Party? NearestBefore(int from, int limit)
    {
        for (var t = from - 1; t >= Math.Max(limit, 0); t--)
        {
            if (_a.Has(t, HitKind.SpeakerBefore) || _a.Has(t, HitKind.SpeakerAfter)) return null;
            if (Party.At(_a, t) is { } party)
            {
                // "Katrin Seliger aus Leipzig", "Ana Ruiz de Sevilla": a name after a lower-case word that follows another
                // name completes that name (origin, seat); it is not the actor.
                if (party.Role == PartyRole.Named && party.First - 2 >= limit && _a.Tokens[party.First - 1] is { Kind: Text.TokenKind.Word, Capitalized: false }
                    && _a.At(party.First - 2, HitKind.Entity) is { } before && before.Value == EntityFinder.Name)
                {
                    t = party.First;
                    continue;
                }
                // "das Konto der Aktivistin X gesperrt": X owns the account, it is not the actor.
                if (IsPossessorComplement(party))
                {
                    // ... and the role word before the owner's name: "gazeteci Ayşe Yılmaz'ın hesabını".
                    t = party.First;
                    while (t - 1 >= limit && _a.Has(t - 1, HitKind.RoleNoun)) t--;
                    continue;
                }
                return party;
            }
        }
        return null;
    }

    private bool IsPossessorComplement(Party party)
    {
        if (party.Role is not (PartyRole.Named or PartyRole.SubjectSide)) return false;
        // "Ayşe Yılmaz'ın hesabını", "Omar's account": a genitive ending glued to the name, then the account noun.
        var next = party.Last + 1;
        if (next < _a.Tokens.Count && _a.Tokens[next].Kind == Text.TokenKind.Word && _a.Tokens[next].Norm.Length <= 3
            && _a.Tokens[next].Start == _a.Tokens[party.Last].End + 1 && _a.Text[_a.Tokens[next].Start - 1] is '\'' or '’') next++;
        for (var skip = 0; skip < 2 && _a.Has(next, HitKind.Determiner); skip++) next++;
        if (_a.Has(next, HitKind.SubjectNoun)) return true;
        for (var t = party.First - 1; t >= Math.Max(0, party.First - 3); t--)
        {
            // "das Konto von X", or a noun governing X in the genitive case: "аккаунт Ивана Петрова".
            // "Der Youtuber X hat ...": an article that can be genitive ("der", "des") opening the clause governs nothing.
            var opening = t == _a.Sentences[_a.Tokens[t].Sentence].First || _a.Tokens[t - 1].Kind == Text.TokenKind.Punct;
            if ((_a.Has(t, HitKind.Possessor) && !(opening && _a.Has(t, HitKind.Determiner))) || _a.Has(t, HitKind.SubjectNoun)) return true;
            var lowerWord = _a.Tokens[t].Kind == Text.TokenKind.Word && !_a.Tokens[t].Capitalized;
            // "den Kanal „Laborfunk“": the quote mark between the noun and the name it gives.
            var quoteMark = _a.Tokens[t].Kind == Text.TokenKind.Punct && Text.Tokenizer.OpeningQuotes.Contains(_a.Tokens[t].PunctChar);
            if (!_a.Has(t, HitKind.Determiner) && !_a.Has(t, HitKind.RoleNoun) && !lowerWord && !quoteMark) return false;
        }
        return false;
    }

    /// <summary>"le fondateur de Humanitarian China Zhou Fengsuo": the words just before the speaker name the subject it speaks for.</summary>
    /// <summary>
    /// "said spokesperson Orla Finnegan", "la portavoz Ana Ruiz": a name right after a spokesperson noun is the
    /// spokesperson's own; with no organisation named, the person speaks for the account the article is about.
    /// </summary>
    public bool IsUnattachedSpokesperson(Party speaker) =>
        speaker.Role == PartyRole.Named && speaker.First > 0 && _a.At(speaker.First - 1, HitKind.Spokesperson) is { } noun && noun.Last == speaker.First - 1;

    public bool SpeaksFor(Party speaker, string subject)
    {
        if (speaker.First < 1 || subject.Length == 0) return false;
        var before = Text.Folding.Fold(_a.Slice(Math.Max(0, speaker.First - 4), speaker.First - 1));
        return before.Contains(Text.Folding.Fold(subject.Trim()), StringComparison.Ordinal);
    }

    public Party? Resolve(Party party)
    {
        if (party.RefersToPlatform) return LastBefore(party.First, p => p.Role == PartyRole.Platform) ?? party with { Role = PartyRole.SubjectSide };
        if (!party.IsPronoun) return party;
        Func<Party, bool> fits = party.Role switch
        {
            PartyRole.PersonPronoun => p => p.Role is PartyRole.Named or PartyRole.SubjectSide,
            PartyRole.OrganisationPronoun => p => p.Role is not PartyRole.PersonPronoun,
            _ => _ => true,
        };
        var sentence = _a.Tokens[party.First].Sentence;
        var first = _a.Sentences[sentence].First;
        for (var t = party.First - 1; t >= first; t--)
            if (Party.At(_a, t) is { } p && (!p.IsPronoun || p.RefersToPlatform) && fits(p)) return p.RefersToPlatform ? Resolve(p) : p;
        for (var s = sentence - 1; s >= Math.Max(0, sentence - SpeakerMemory); s--)
            if (_speakers[s] is { } speaker && fits(speaker)) return speaker;
        return LastBefore(first, p => !p.IsPronoun && !p.RefersToPlatform && fits(p));
    }

    private Party? LastBefore(int token, Func<Party, bool> fits)
    {
        for (var t = token - 1; t >= Math.Max(0, token - LookBack); t--)
            if (Party.At(_a, t) is { } p && fits(p)) return p;
        return null;
    }

    private Party? FindSpeaker(Sentence s)
    {
        var cues = _a.In(HitKind.SpeakerBefore, s.First, s.End).Count() + _a.In(HitKind.SpeakerAfter, s.First, s.End).Count();
        if (cues > 0 && Spokesperson(s) is { } forOrganisation) return forOrganisation;
        foreach (var cue in _a.In(HitKind.SpeakerBefore, s.First, s.End).Concat(_a.In(HitKind.SpeakerAfter, s.First, s.End)).OrderBy(h => h.First))
        {
            var speaker = cue.Kind == HitKind.SpeakerAfter ? After(cue, s) : Inside(cue) ?? Inverted(cue, s) ?? Before(cue, s) ?? Trailing(cue, s);
            if (speaker is not null && Resolve(speaker) is { } resolved) return resolved;
        }
        // « ... » on its own after "..., a-t-il déclaré": a quoted paragraph with no cue goes on with the last speaker.
        if (s.Index > 0 && _a.Tokens[s.First].Kind == Text.TokenKind.Punct && Text.Tokenizer.OpeningQuotes.Contains(_a.Tokens[s.First].PunctChar))
            return _speakers[s.Index - 1];
        return null;
    }

    /// <summary>Words between a spokesperson noun and the organisation it speaks for: "for", "of the", "de", "von".</summary>
    private const int SpokespersonReach = 4;

    /// <summary>
    /// "un portavoz de TikTok", "eine Sprecherin von Google Deutschland", "a company spokesperson": the
    /// organisation after the noun speaks. "a spokesperson said", with none named, speaks for the party
    /// the previous sentences were about (the platform that "reversed course", or a foundation).
    /// </summary>
    private Party? Spokesperson(Sentence s)
    {
        foreach (var noun in _a.In(HitKind.Spokesperson, s.First, s.End))
        {
            // "a company spokesperson", "the platform's spokesperson": the organisation comes first.
            if (noun.First > s.First && Party.At(_a, noun.First - 1) is { } before && (before.Role == PartyRole.Platform || before.RefersToPlatform))
                return Resolve(before);
            for (var t = noun.Last + 1; t < Math.Min(s.End, noun.Last + 1 + SpokespersonReach); t++)
            {
                if (_a.Tokens[t].Kind == Text.TokenKind.Punct) break;
                if (Party.At(_a, t) is not { } party) continue;
                return party.Role is PartyRole.Platform || party.RefersToPlatform ? Resolve(party)
                    : party.Role is PartyRole.Named or PartyRole.Government or PartyRole.SubjectSide ? party : null;
            }
            // Nothing named after the noun: the organisation of the preceding sentences.
            var next = noun.Last + 1;
            if (next < s.End && _a.Tokens[next].IsWord && !_a.Has(next, HitKind.SpeakerBefore) && !_a.Has(next, HitKind.SpeakerAfter)) continue;
            return LastBefore(s.First, p => p.Role is PartyRole.Platform or PartyRole.Named or PartyRole.Government);
        }
        return null;
    }

    /// <summary>"a-t-il déclaré": the pronoun inside the cue is the speaker.</summary>
    private Party? Inside(Hit cue)
    {
        for (var t = cue.First; t <= cue.Last; t++)
            if (Party.At(_a, t) is { IsPronoun: true } p) return p;
        return null;
    }

    /// <summary>"..., said Jane Doe": after a comma or a closing quote the speaker follows the verb.</summary>
    private Party? Inverted(Hit cue, Sentence s)
    {
        var before = cue.First - 1;
        if (before < s.First || _a.Tokens[before].Kind != Text.TokenKind.Punct) return null;
        for (var t = cue.Last + 1; t < Math.Min(s.End, cue.Last + 4); t++)
            if (Party.At(_a, t) is { } p) return p;
        return null;
    }

    private Party? Before(Hit cue, Sentence s)
    {
        for (var t = cue.First - 1; t >= Math.Max(s.First, cue.First - 12); t--)
        {
            if (_a.Has(t, HitKind.SpeakerBefore)) return null;
            if (Party.At(_a, t) is { } p) return p;
        }
        return null;
    }

    private Party? After(Hit cue, Sentence s)
    {
        for (var t = cue.Last + 1; t < Math.Min(s.End, cue.Last + 7); t++)
            if (Party.At(_a, t) is { } p) return p;
        return null;
    }

    /// <summary>"..., said the company." but not "X said YouTube withheld it": the speaker must close the clause.</summary>
    private Party? Trailing(Hit cue, Sentence s)
    {
        if (After(cue, s) is not { } p) return null;
        var next = p.Last + 1;
        return next >= s.End || _a.Tokens[next].Kind == Text.TokenKind.Punct ? p : null;
    }
}
