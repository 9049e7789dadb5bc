using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Reading;

/// <summary>
/// One action told several times is one claim: mentions merge when platform and action agree,
/// dates are compatible and subjects are compatible (the same name, one inside the other, or a
/// mere description). The claim keeps the most precise date, the proper name, every quote.
/// </summary>
internal static class ClaimMerger
{
    private const int MaxQuotes = 20;

    private sealed class Draft(ActionMention first)
    {
        public ActionMention First { get; } = first;
        public SubjectRef Subject { get; set; } = first.Subject;
        public PartialDate? Date { get; set; } = first.Date;
        public string? Scope { get; set; } = first.Scope;
        public List<QuoteSpan> Quotes { get; } = [first.Quote];
        public List<ExtractedReason> Reasons { get; } = [];
        public double Confidence { get; set; } = first.Confidence;
        public List<ActionMention> Mentions { get; } = [first];
    }

    public static IReadOnlyList<ExtractedClaim> Merge(IReadOnlyList<ActionMention> mentions, IReadOnlyList<ReasonMention> reasons, int headlineSentences = 0)
    {
        var drafts = new List<Draft>();
        var byMention = new Dictionary<ActionMention, Draft>(ReferenceEqualityComparer.Instance);
        foreach (var m in mentions)
        {
            var draft = drafts.FirstOrDefault(d => Same(d, m));
            if (draft is null)
            {
                drafts.Add(draft = new Draft(m));
            }
            else
            {
                if (!draft.Subject.Named && m.Subject.Named) draft.Subject = m.Subject;
                if (m.Date is not null && (draft.Date is null || m.Date.Precision > draft.Date.Precision)) draft.Date = m.Date;
                draft.Scope ??= m.Scope;
                if (draft.Quotes.Count < MaxQuotes && !draft.Quotes.Contains(m.Quote)) draft.Quotes.Add(m.Quote);
                // Each independent report of the same action makes it more certain.
                draft.Confidence = Math.Min(0.98, Math.Max(draft.Confidence, m.Confidence) + 0.05);
                draft.Mentions.Add(m);
            }
            byMention[m] = draft;
        }
        foreach (var r in reasons)
        {
            var draft = byMention[r.Target];
            if (draft.Reasons.Any(x => x.Category == r.Reason.Category && x.StatedBy == r.Reason.StatedBy)) continue;
            draft.Reasons.Add(r.Reason);
        }
        FoldHeadlines(drafts, headlineSentences);
        ShareGrounds(drafts);
        return drafts.Select(d => new ExtractedClaim(
                d.First.Platform, d.Subject.Name, d.Subject.Kind, d.First.Action, d.Date, d.Scope,
                // The platform's own reason first: it is the one a case history quotes first.
                d.Reasons.OrderBy(r => r.StatedBy == StatedBy.Platform ? 0 : 1).ToList(),
                d.Quotes, Math.Round(d.Confidence, 2)))
            .ToList();
    }

    /// <summary>
    /// "Suspended on 3 June for harassment ... banned for good on 24 June": the grounds a platform gave for a restriction
    /// of an account hold for the later restrictions of that account the article reports without grounds of their own
    /// (an escalation), never for earlier or undated ones. Reversals and warnings keep only their own.
    /// </summary>
    private static void ShareGrounds(List<Draft> drafts)
    {
        static bool Restriction(ActionType t) => t is not (ActionType.Reinstated or ActionType.Warned or ActionType.Other);
        for (var i = 0; i < drafts.Count; i++)
        {
            var d = drafts[i];
            if (d.Reasons.Count > 0 || !Restriction(d.First.Action) || !d.Subject.Named) continue;
            var source = drafts.LastOrDefault(o => o != d && Restriction(o.First.Action) && o.First.Platform == d.First.Platform && o.Subject.Named
                                                    && o.Date?.Earliest is { } was && d.Date?.Earliest is { } now && was <= now
                                                    && SubjectNames.Compatible(o.Subject.Name, d.Subject.Name)
                                                    && o.Reasons.Any(r => r.StatedBy == StatedBy.Platform));
            if (source is not null) d.Reasons.AddRange(source.Reasons.Where(r => r.StatedBy == StatedBy.Platform));
        }
    }

    /// <summary>
    /// "Instagram verwarnt Fitness-Influencerin" over "Sophie Brandl hat von Instagram eine Verwarnung erhalten": a headline
    /// names the subject loosely (a role, a handle, a nickname). A claim told only in the headline is the one action of
    /// that platform and code the body tells, when the body tells exactly one.
    /// </summary>
    private static void FoldHeadlines(List<Draft> drafts, int headlineSentences)
    {
        if (headlineSentences == 0) return;
        foreach (var d in drafts.Where(d => d.Mentions.All(m => m.Sentence < headlineSentences)).ToList())
        {
            var body = drafts.Where(o => o != d && o.First.Platform == d.First.Platform && o.First.Action == d.First.Action
                                         && o.Mentions.Any(m => m.Sentence >= headlineSentences)
                                         && (o.Date is null || d.Date is null || o.Date.IsCompatibleWith(d.Date))).ToList();
            if (body.Count != 1) continue;
            var target = body[0];
            if (!target.Subject.Named && d.Subject.Named) target.Subject = d.Subject;
            if (target.Date is null) target.Date = d.Date;
            target.Scope ??= d.Scope;
            foreach (var q in d.Quotes) if (target.Quotes.Count < MaxQuotes && !target.Quotes.Contains(q)) target.Quotes.Insert(0, q);
            foreach (var r in d.Reasons) if (!target.Reasons.Any(x => x.Category == r.Category && x.StatedBy == r.StatedBy)) target.Reasons.Add(r);
            target.Confidence = Math.Min(0.98, Math.Max(target.Confidence, d.Confidence) + 0.05);
            target.Mentions.AddRange(d.Mentions);
            drafts.Remove(d);
        }
    }

    private static bool Same(Draft d, ActionMention m) =>
        d.First.Platform == m.Platform && d.First.Action == m.Action
        && (d.Date is null || m.Date is null || d.Date.IsCompatibleWith(m.Date))
        && (!d.Subject.Named || !m.Subject.Named || SubjectNames.Compatible(d.Subject.Name, m.Subject.Name));
}
