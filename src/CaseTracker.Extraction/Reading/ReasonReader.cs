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

    public ReasonMention? Read(Sentence s, IReadOnlyList<ActionMention> mentions)
    {
        var noExplanation = a.In(HitKind.NoExplanation, s.First, s.End).FirstOrDefault();
        var keywords = a.In(HitKind.Reason, s.First, s.End).ToList();
        if (noExplanation == default && keywords.Count == 0) return null;

        var speaker = discourse.SpeakerOf(s.Index);
        var inSentence = mentions.Where(m => m.Sentence == s.Index && Explainable(m.Action)).ToList();
        if (speaker is null && inSentence.Count == 0) return null;

        var target = inSentence.FirstOrDefault() ?? Preceding(s, mentions, speaker);
        if (target is null) return null;

        Hit keyword;
        ReasonCategory category;
        if (noExplanation != default) (keyword, category) = (noExplanation, ReasonCategory.NotStated);
        else
        {
            // The most specific category wins: "violates our rules on hate speech" is speech, not just rules.
            keyword = keywords.OrderBy(k => k.Value == (int)ReasonCategory.OtherViolationTc ? 1 : 0).First();
            category = (ReasonCategory)keyword.Value;
        }
        var quote = QuoteAround(s, keyword) ?? a.Span(s.Start, s.StopChar);
        StatedBy? statedBy = speaker?.StatedByFor(target.Subject.Name);
        // "Le fondateur de Humanitarian China Zhou Fengsuo a déclaré": a speaker introduced by the subject's name speaks for it.
        if (statedBy == StatedBy.ThirdParty && discourse.SpeaksFor(speaker!, target.Subject.Name)) statedBy = StatedBy.Subject;
        // "YouTube removed the video for violating its policies": no speaker, the platform acting gives its own reason.
        if (speaker is null && target.Sentence == s.Index && target.PlatformIsAgent) statedBy = StatedBy.Platform;
        if (category == ReasonCategory.NotStated && statedBy is null or StatedBy.ThirdParty) statedBy = StatedBy.Subject;
        return new ReasonMention(target, new ExtractedReason(quote.Text, category, statedBy, quote));
    }

    /// <summary>Actions a reason can explain: restrictions and removals, not reinstatements or warnings.</summary>
    private static bool Explainable(ActionType action) => action.IsRestriction() || action == ActionType.ContentRemoved;

    private static ActionMention? Preceding(Sentence s, IReadOnlyList<ActionMention> mentions, Party? speaker)
    {
        for (var i = mentions.Count - 1; i >= 0; i--)
        {
            var m = mentions[i];
            if (s.Index - m.Sentence > Reach) return null;
            if (!Explainable(m.Action)) continue;
            if (speaker is { Role: PartyRole.Platform, Platform: { } p } && p != m.Platform) continue;
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
