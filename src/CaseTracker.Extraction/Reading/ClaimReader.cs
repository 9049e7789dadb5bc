using CaseTracker.Domain.Vocabulary;
using CaseTracker.Extraction.Lexicon;

namespace CaseTracker.Extraction.Reading;

/// <summary>Reads an article sentence by sentence: action mentions, their dates, stated reasons; then merges.</summary>
internal static class ClaimReader
{
    public static IReadOnlyList<ExtractedClaim> Read(ArticleText a)
    {
        if (a.All(HitKind.Action).Count == 0) return [];
        var discourse = new Discourse(a);
        var subjects = new SubjectFinder(a, discourse);
        var actions = new ActionReader(a, discourse, subjects, DominantPlatform(a));
        var reasons = new ReasonReader(a, discourse);
        var dates = DateFinder.Find(a);
        var mentions = new List<ActionMention>();
        var reasonMentions = new List<ReasonMention>();
        var retold = new Dictionary<(int Sentence, int Token), PartialDate>();
        var d = 0;
        foreach (var s in a.Sentences)
        {
            // "without warning" is a missing explanation, not a warning.
            var hits = a.In(HitKind.Action, s.First, s.End).Where(h => !a.Has(h.First, HitKind.NoExplanation) && !a.Has(h.First, HitKind.NonAction)).ToList();
            hits.RemoveAll(h => LiftedBy(a, h, hits));
            var sentenceDates = new List<DateMention>();
            while (d < dates.Count && dates[d].First < s.End)
            {
                if (dates[d].First >= s.First && !dates[d].Blocked) sentenceDates.Add(dates[d]);
                d++;
            }
            var assigned = AssignDates(a, hits, sentenceDates);
            var read = mentions.Count;
            var told = new bool[hits.Count];
            for (var i = 0; i < hits.Count; i++)
                if (actions.Read(hits[i], s, assigned[i], mentions) is { } mention)
                {
                    mentions.AddRange(Listed(a, s, hits[i], mention));
                    told[i] = true;
                }
            // "Die Verwarnung sei am 18. August ausgesprochen worden, die Beiträge seien entfernt worden": each action word
            // that gave no claim of its own may name an earlier action again, even beside one that did.
            Retold(a, s, hits, assigned, told, mentions, read, retold);
            if (mentions.Count == read && hits.Count == 0) mentions.AddRange(SameAgain(a, s, sentenceDates, mentions));
            foreach (var reason in reasons.ReadAll(s, mentions))
            {
                // The grounds of "Facebook and Instagram suspended ..." hold for each listed platform and name.
                var target = reason.Target;
                for (var m = mentions.Count - 1; m >= 0 && mentions[m].Sentence >= target.Sentence; m--)
                    if (mentions[m].Sentence == target.Sentence && mentions[m].Token == target.Token) reasonMentions.Add(reason with { Target = mentions[m] });
            }
        }
        var dated = DatesNearby(a, mentions, dates, retold);
        if (dated.Count > 0)
            reasonMentions = reasonMentions.Select(r => dated.TryGetValue(r.Target, out var m) ? r with { Target = m } : r).ToList();
        return ClaimMerger.Merge(mentions.Select(m => dated.GetValueOrDefault(m, m)).ToList(), reasonMentions, HeadlineSentences(a));
    }

    /// <summary>Longest headline: lines of one sentence each at the top of the article (title, kicker, headline).</summary>
    private const int MaxHeadlineLines = 3;

    /// <summary>The sentences of the headline: the leading lines that hold one sentence each.</summary>
    private static int HeadlineSentences(ArticleText a)
    {
        var count = 0;
        while (count < Math.Min(MaxHeadlineLines, a.Sentences.Count - 1)
               && (count == 0 || a.Tokens[a.Sentences[count].First].NewlineBefore)
               && a.Tokens[a.Sentences[count + 1].First].NewlineBefore) count++;
        return count;
    }

    /// <summary>
    /// "Their profiles were suspended this week. The accounts went offline on Monday (17)." An action with no date
    /// in its sentence takes the first date of the next sentence, else of the one before, in the same paragraph,
    /// when that sentence reports no action of its own (its date would be that action's).
    /// </summary>
    private static Dictionary<ActionMention, ActionMention> DatesNearby(
        ArticleText a, List<ActionMention> mentions, List<DateMention> dates, Dictionary<(int Sentence, int Token), PartialDate> retold)
    {
        var withDate = new Dictionary<ActionMention, ActionMention>(ReferenceEqualityComparer.Instance);
        foreach (var m in mentions)
        {
            if (m.Date is not null) continue;
            if (retold.TryGetValue((m.Sentence, m.Token), out var told))
            {
                withDate[m] = m with { Date = told };
                continue;
            }
            foreach (var other in new[] { m.Sentence + 1, m.Sentence - 1 })
            {
                if (other < 0 || other >= a.Sentences.Count) continue;
                var (here, there) = (a.Sentences[m.Sentence], a.Sentences[other]);
                var later = other > m.Sentence ? there : here;
                if (a.Tokens[later.First].NewlineBefore || a.In(HitKind.Action, there.First, there.End).Any()) continue;
                var date = dates.FirstOrDefault(d => d.First >= there.First && d.First < there.End && !d.Blocked);
                if (date is null) continue;
                withDate[m] = m with { Date = date.Date };
                break;
            }
        }
        return withDate;
    }

    /// <summary>
    /// "TikTok hizo lo mismo el 23 de septiembre con los tres: Navarro, CryptoLuna y Prieto", "YouTube did the same":
    /// the platform before the phrase repeats the latest action told, on the names listed after it, or on the same subject.
    /// </summary>
    private static IEnumerable<ActionMention> SameAgain(ArticleText a, Sentence s, List<DateMention> dates, List<ActionMention> mentions)
    {
        if (a.In(HitKind.SameAction, s.First, s.End).FirstOrDefault() is not { Kind: HitKind.SameAction } same) yield break;
        if (a.In(HitKind.Platform, s.First, same.First).LastOrDefault() is not { Kind: HitKind.Platform } actor) yield break;
        ActionMention? previous = null;
        for (var m = mentions.Count - 1; m >= 0 && s.Index - mentions[m].Sentence <= RetellReach; m--)
            if (mentions[m].Action != ActionType.Reinstated) { previous = mentions[m]; break; }
        if (previous is null) yield break;
        var platform = a.Platforms[actor.Value];
        var names = Coordination.Enumerated(a, s, same);
        var subjects = names.Count > 0 ? names.Select(n => new SubjectRef(n, previous.Subject.Kind, true)).ToList() : [previous.Subject];
        var date = dates.FirstOrDefault()?.Date;
        foreach (var subject in subjects)
            yield return new ActionMention(same.First, s.Index, platform, true, subject, previous.Action, date, previous.Scope,
                a.Span(s.Start, s.StopChar), date is null ? 0.6 : 0.7) { PlatformIsAgent = true };
    }

    /// <summary>Sentences back to the action a retelling may refer to.</summary>
    private const int RetellReach = 10;

    /// <summary>
    /// "Die endgültige Sperre erfolgte am 3. April", "The suspension took effect on May 2": a sentence that names an
    /// action again, with a date but no claim of its own, dates the latest undated report of that action just before.
    /// </summary>
    private static void Retold(ArticleText a, Sentence s, List<Hit> hits, PartialDate?[] assigned, bool[] told, List<ActionMention> mentions,
        int before, Dictionary<(int Sentence, int Token), PartialDate> retold)
    {
        for (var i = 0; i < hits.Count; i++)
        {
            if (told[i]) continue;
            // Definite: "the ban", "die (endgültige) Sperre"; an action word with no article may be a new action or a state.
            var h = hits[i];
            // "Ștergerea a avut loc pe 2 decembrie": an action noun opening the sentence is the action named again
            // (languages with a suffixed article show no determiner before it).
            var definite = a.Has(h.First - 1, HitKind.Determiner) || (h.First - 2 >= s.First && a.Has(h.First - 2, HitKind.Determiner))
                           || (h.First == s.First && a.Tokens[h.First].Kind == Text.TokenKind.Word);
            if (assigned[i] is not { } date || !definite) continue;
            for (var m = before - 1; m >= 0 && s.Index - mentions[m].Sentence <= RetellReach; m--)
            {
                var earlier = mentions[m];
                if (!SameKind(hits[i].Value, earlier.Action)) continue;
                if (earlier.Date is null) retold.TryAdd((earlier.Sentence, earlier.Token), date);
                break;
            }
        }
    }

    /// <summary>"ban", "Sperre" name a suspension or a termination alike, "the block" a geo-block too; other actions only themselves.</summary>
    internal static bool SameKind(int word, ActionType action)
    {
        static bool Removal(ActionType t) => t is ActionType.Suspended or ActionType.Terminated;
        // "La eliminación se produjo el 5 de mayo": removing a group or an account is read as its termination.
        if ((ActionType)word == ActionType.ContentRemoved && action == ActionType.Terminated) return true;
        return word == ActionWords.Blocked ? Removal(action) || action == ActionType.GeoBlocked : (ActionType)word == action || (Removal((ActionType)word) && Removal(action));
    }

    /// <summary>Words between "die Sperre" and "aufgehoben", "the ban" and "lifted".</summary>
    private const int LiftReach = 6;

    /// <summary>
    /// "die Sperre wurde am 12. Juli aufgehoben", "lifted the ban": the ban named as the object of its own lifting is
    /// no new ban. A restriction noun (after a determiner) with a reinstatement word in its clause close by.
    /// </summary>
    private static bool LiftedBy(ArticleText a, Hit h, List<Hit> hits)
    {
        if ((ActionType)h.Value == ActionType.Reinstated || !a.Has(h.First - 1, HitKind.Determiner)) return false;
        foreach (var other in hits)
            if ((ActionType)other.Value == ActionType.Reinstated && other.First != h.First
                && a.Tokens[other.First].Clause == a.Tokens[h.First].Clause && Math.Abs(other.First - h.First) <= LiftReach) return true;
        return false;
    }

    /// <summary>One mention per listed platform and per listed name: "X and Y suspended the accounts of A and B".</summary>
    private static IEnumerable<ActionMention> Listed(ArticleText a, Sentence s, Hit action, ActionMention mention)
    {
        var platforms = mention.PlatformStated ? Coordination.Platforms(a, s, action, mention.Platform) : [];
        var subjects = mention.Subject.Named ? Coordination.Subjects(a, s, mention.Subject.Name) : [];
        var enumerated = subjects.Count == 0 ? Coordination.Enumerated(a, s, action) : [];
        if (enumerated.Count > 0 && !enumerated.Contains(mention.Subject.Name))
        {
            // The accounts enumerated after the action are its subjects, not a description or a name read elsewhere.
            subjects = enumerated;
            foreach (var platform in platforms.Prepend(mention.Platform))
                foreach (var subject in subjects)
                    yield return mention with { Platform = platform, Subject = new SubjectRef(subject, mention.Subject.Kind, true) };
            yield break;
        }
        platforms.Insert(0, mention.Platform);
        subjects.Insert(0, mention.Subject.Name);
        foreach (var platform in platforms)
            foreach (var subject in subjects)
                yield return mention with { Platform = platform, Subject = mention.Subject with { Name = subject } };
    }

    /// <summary>
    /// Each date goes to the nearest action word of its sentence, preferring one in the same
    /// clause and before the date ("suspended on 3 June and restored on 5 June").
    /// </summary>
    private static PartialDate?[] AssignDates(ArticleText a, List<Hit> actions, List<DateMention> dates)
    {
        var assigned = new PartialDate?[actions.Count];
        var best = new int[actions.Count];
        Array.Fill(best, int.MaxValue);
        foreach (var date in dates)
        {
            var (winner, score) = (-1, int.MaxValue);
            for (var i = 0; i < actions.Count; i++)
            {
                var h = actions[i];
                var distance = date.First > h.Last ? date.First - h.Last : (h.First - date.Last) + 3;
                distance += 8 * Math.Abs(a.Tokens[date.First].Clause - a.Tokens[h.First].Clause);
                if (distance < score) (winner, score) = (i, distance);
            }
            if (winner >= 0 && score < best[winner]) (assigned[winner], best[winner]) = (date.Date, score);
        }
        return assigned;
    }

    /// <summary>The platform the article is about: the one mentioned most (first mention breaks ties).</summary>
    private static string? DominantPlatform(ArticleText a)
    {
        var counts = new Dictionary<int, int>();
        foreach (var p in a.All(HitKind.Platform)) counts[p.Value] = counts.GetValueOrDefault(p.Value) + 1;
        if (counts.Count == 0) return null;
        var top = counts.OrderByDescending(kv => kv.Value).First();
        return a.Platforms[top.Key];
    }
}
