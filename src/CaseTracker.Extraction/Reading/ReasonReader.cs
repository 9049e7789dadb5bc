using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// Stated reasons: a reason keyword (or "no explanation received") in a sentence that has a
/// speaker or reports the action itself. The reason explains the nearest preceding restriction
/// reported by the same platform, within a few sentences; its quote is the quoted words when
/// the keyword sits inside quote marks, otherwise the sentence.
/// </summary>
internal sealed class ReasonReader(ArticleText a, Discourse discourse)
{
    private const int Reach = 3;

    /// <summary>
    /// The reason of a sentence, for its action; "removed in error and has now been restored": an error or a review
    /// explains every action of that platform the sentence reports, the removal and its reversal alike.
    /// </summary>
    public IEnumerable<ReasonMention> ReadAll(Sentence s, IReadOnlyList<ActionMention> mentions)
    {
        if (Read(s, mentions) is not { } reason) yield break;
        yield return reason;
        if (reason.Reason.Category != ReasonCategory.PlatformError || reason.Target.Sentence != s.Index) yield break;
        var platforms = Language.LanguageCatalog.Instance.Platforms;
        foreach (var other in InSentence(s, mentions))
            if (other != reason.Target && other.Action != reason.Target.Action && platforms.SameFamily(other.Platform, reason.Target.Platform))
                yield return reason with { Target = other };
    }

    public ReasonMention? Read(Sentence s, IReadOnlyList<ActionMention> mentions)
    {
        var noExplanation = a.In(HitKind.NoExplanation, s.First, s.End).FirstOrDefault();
        var keywords = a.In(HitKind.Reason, s.First, s.End).ToList();
        var inSentence = InSentence(s, mentions);
        // "gesperrt, weil ein Video ... zeige": a cue after the action opens its grounds even with no listed keyword.
        var cue = inSentence.Count == 0 ? default : a.In(HitKind.ReasonCue, inSentence[0].Token + 1, s.End).FirstOrDefault();
        if (noExplanation == default && keywords.Count == 0 && cue == default) return null;

        var speaker = discourse.SpeakerOf(s.Index);
        // "Eine Sprecherin von Google bestätigte, dass ... Das Video verstoße gegen die Richtlinien": a platform's
        // statement goes on in the next sentence without a new speech verb.
        if (speaker is null && inSentence.Count == 0 && s.Index > 0 && discourse.SpeakerOf(s.Index - 1) is { Role: PartyRole.Platform } previous)
            speaker = previous;
        // "Il ban definitivo è stato deciso per «violazioni ripetute»", "Die endgültige Sperre erfolgte, nachdem ...": a sentence
        // that names the action again (a noun, a verb no claim came from) gives its grounds, as the report of the action does.
        var namesAction = speaker is null && inSentence.Count == 0 && a.AnyIn(HitKind.Action, s.First, s.End);
        // "X stufte den Beitrag als „irreführende Informationen“ ein", "O YouTube classificou a afirmação como «desinformação
        // médica»": the platform as the subject of a sentence that gives grounds states them.
        if (speaker is null && inSentence.Count == 0 && !namesAction) speaker = PlatformAsSubject(s);
        if (speaker is null && inSentence.Count == 0 && !namesAction) return null;

        Hit keyword;
        ReasonCategory category;
        if (noExplanation != default) (keyword, category) = (noExplanation, ReasonCategory.NotStated);
        else if (keywords.Count == 0) (keyword, category) = (cue, ReasonCategory.OtherViolationTc);
        else
        {
            // The most specific category wins: "violates our rules on hate speech" is speech, not just rules.
            keyword = keywords.OrderBy(k => k.Value == (int)ReasonCategory.OtherViolationTc ? 1 : 0).First();
            category = (ReasonCategory)keyword.Value;
        }

        var target = Nearest(inSentence, keyword) ?? (namesAction ? Named(s, mentions) : null) ?? RetoldJustBefore(s, mentions, speaker) ?? Preceding(s, mentions, speaker, category);
        if (target is null) return null;
        var quote = QuoteAround(s, keyword) ?? a.Span(s.Start, s.StopChar);
        StatedBy? statedBy = speaker?.StatedByFor(target.Subject.Name);
        // "Le fondateur de Humanitarian China Zhou Fengsuo a déclaré": a speaker introduced by the subject's name speaks for it.
        if (statedBy == StatedBy.ThirdParty && (discourse.SpeaksFor(speaker!, target.Subject.Name) || discourse.IsUnattachedSpokesperson(speaker!))) statedBy = StatedBy.Subject;
        // "YouTube removed the video for violating its policies", "the account was suspended for hate speech":
        // with no speaker, the grounds reported beside the action are the platform's own.
        if (speaker is null && (target.Sentence == s.Index || namesAction) && category != ReasonCategory.NotStated) statedBy = StatedBy.Platform;
        if (category == ReasonCategory.NotStated && statedBy is null or StatedBy.ThirdParty) statedBy = StatedBy.Subject;
        return new ReasonMention(target, new ExtractedReason(quote.Text, category, statedBy, quote));
    }

    /// <summary>Words from the sentence start within which the platform stands as its subject.</summary>
    private const int SubjectReach = 3;

    /// <summary>A platform (or "the platform") among the first words of the sentence, before any other party.</summary>
    private Party? PlatformAsSubject(Sentence s)
    {
        for (var t = s.First; t < Math.Min(s.End, s.First + SubjectReach); t++)
        {
            if (Party.At(a, t) is not { } party) continue;
            var resolved = discourse.Resolve(party);
            return resolved is { Role: PartyRole.Platform } ? resolved : null;
        }
        return null;
    }

    /// <summary>The latest action within reach; a platform's speaker explains only its own (or its company's) actions.</summary>
    /// <summary>"restringida por error y, tras una revisión, restablecida": the grounds explain the action word just before them.</summary>
    private static ActionMention? Nearest(List<ActionMention> inSentence, Hit keyword)
    {
        ActionMention? best = null;
        var bestDistance = int.MaxValue;
        foreach (var m in inSentence)
        {
            var distance = m.Token <= keyword.First ? keyword.First - m.Token : 2 * (m.Token - keyword.First);
            if (distance < bestDistance) (best, bestDistance) = (m, distance);
        }
        return best;
    }

    /// <summary>"Il ban definitivo è stato deciso per ...": the latest report, within reach, of the very action the sentence names.</summary>
    private ActionMention? Named(Sentence s, IReadOnlyList<ActionMention> mentions)
    {
        var word = a.In(HitKind.Action, s.First, s.End).First();
        for (var i = mentions.Count - 1; i >= 0 && s.Index - mentions[i].Sentence <= Reach; i--)
            if ((int)mentions[i].Action == word.Value) return mentions[i];
        return null;
    }

    /// <summary>
    /// "Die endgültige Sperre erfolgte am 3. April. Ein Sprecher von X verwies auf die Regeln": grounds that follow a sentence
    /// naming an action again (no claim of its own) explain that action, the latest report of its kind, not a later other one.
    /// </summary>
    /// <summary>Sentences back from the grounds to the report of the action named again.</summary>
    private const int RetoldReach = 6;

    private ActionMention? RetoldJustBefore(Sentence s, IReadOnlyList<ActionMention> mentions, Party? speaker)
    {
        if (s.Index == 0) return null;
        var before = a.Sentences[s.Index - 1];
        if (mentions.Any(m => m.Sentence == before.Index)) return null;
        var words = a.In(HitKind.Action, before.First, before.End).Select(h => h.Value).ToList();
        if (words.Count == 0) return null;
        var platforms = Language.LanguageCatalog.Instance.Platforms;
        for (var i = mentions.Count - 1; i >= 0 && s.Index - mentions[i].Sentence <= RetoldReach; i--)
        {
            var m = mentions[i];
            if (speaker is { Role: PartyRole.Platform, Platform: { } p } && !platforms.SameFamily(p, m.Platform)) continue;
            if (m.Action != ActionType.Reinstated && words.Any(w => ClaimReader.SameKind(w, m.Action))) return m;
        }
        return null;
    }

    /// <summary>The mentions of this sentence: the last ones read, since sentences are read in order.</summary>
    private static List<ActionMention> InSentence(Sentence s, IReadOnlyList<ActionMention> mentions)
    {
        var first = mentions.Count;
        while (first > 0 && mentions[first - 1].Sentence == s.Index) first--;
        var found = new List<ActionMention>(mentions.Count - first);
        for (var i = first; i < mentions.Count; i++) found.Add(mentions[i]);
        return found;
    }

    /// <summary>
    /// A reinstatement reported in an earlier sentence takes only the grounds of a reversal (an error, a
    /// review); "suspended, but now reactivated. 'Participants must follow local laws'" explains the suspension.
    /// </summary>
    private static ActionMention? Preceding(Sentence s, IReadOnlyList<ActionMention> mentions, Party? speaker, ReasonCategory category)
    {
        var platforms = Language.LanguageCatalog.Instance.Platforms;
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (s.Index - m.Sentence > Reach) return null;
            if (speaker is { Role: PartyRole.Platform, Platform: { } p } && !platforms.SameFamily(p, m.Platform)) continue;
            if (m.Action == ActionType.Reinstated && category != ReasonCategory.PlatformError) continue;
            return m;
        }
        return null;
    }

    /// <summary>The words between the quote marks that enclose the keyword, if it is quoted.</summary>
    private QuoteSpan? QuoteAround(Sentence s, Hit keyword)
    {
        var tokens = a.Tokens;
        int? open = null;
        for (var t = s.First; t < s.End; t++)
        {
            if (tokens[t].Kind != TokenKind.Punct) continue;
            var c = tokens[t].PunctChar;
            var closes = open is not null && Tokenizer.ClosingMarks.Contains(c);
            if (closes)
            {
                if (open < keyword.First && t > keyword.Last) return Trimmed(tokens[open!.Value].End, tokens[t].Start);
                open = null;
            }
            else if (Tokenizer.OpeningQuotes.Contains(c)) open = t;
        }
        return null;
    }

    private QuoteSpan? Trimmed(int start, int end)
    {
        while (start < end && char.IsWhiteSpace(a.Text[start])) start++;
        while (end > start && char.IsWhiteSpace(a.Text[end - 1])) end--;
        return end > start ? a.Span(start, end) : null;
    }
}
