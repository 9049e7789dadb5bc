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
        var d = 0;
        foreach (var s in a.Sentences)
        {
            // "without warning" is a missing explanation, not a warning.
            var hits = a.In(HitKind.Action, s.First, s.End).Where(h => !a.Has(h.First, HitKind.NoExplanation) && !a.Has(h.First, HitKind.NonAction)).ToList();
            var sentenceDates = new List<DateMention>();
            while (d < dates.Count && dates[d].First < s.End)
            {
                if (dates[d].First >= s.First && !dates[d].Blocked) sentenceDates.Add(dates[d]);
                d++;
            }
            var assigned = AssignDates(a, hits, sentenceDates);
            for (var i = 0; i < hits.Count; i++)
                if (actions.Read(hits[i], s, assigned[i], mentions) is { } mention) mentions.AddRange(Listed(a, s, hits[i], mention));
            if (reasons.Read(s, mentions) is { } reason)
            {
                // The grounds of "Facebook and Instagram suspended ..." hold for each listed platform and name.
                var target = reason.Target;
                for (var m = mentions.Count - 1; m >= 0 && mentions[m].Sentence >= target.Sentence; m--)
                    if (mentions[m].Sentence == target.Sentence && mentions[m].Token == target.Token) reasonMentions.Add(reason with { Target = mentions[m] });
            }
        }
        return ClaimMerger.Merge(mentions, reasonMentions);
    }

    /// <summary>One mention per listed platform and per listed name: "X and Y suspended the accounts of A and B".</summary>
    private static IEnumerable<ActionMention> Listed(ArticleText a, Sentence s, Hit action, ActionMention mention)
    {
        var platforms = mention.PlatformStated ? Coordination.Platforms(a, s, action, mention.Platform) : [];
        var subjects = mention.Subject.Named ? Coordination.Subjects(a, s, mention.Subject.Name) : [];
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
