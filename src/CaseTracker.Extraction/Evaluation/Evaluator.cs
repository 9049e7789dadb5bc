using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction;

/// <summary>
/// Scores predicted claims against hand annotations by the rules of shared/eval/FORMAT.md:
/// platform (after alias normalisation) and action code must agree; matching is one-to-one,
/// greedy, in text order; a prediction left unmatched that fits an optional item is dropped
/// (neither rewarded nor penalised); dates and attributions are scored over matched pairs.
/// </summary>
public static class Evaluator
{
    public static EvaluationReport Evaluate(IEnumerable<AnnotatedArticle> articles, ClaimExtractor extractor) =>
        Evaluate(articles.Select((a, i) => (Name: a.Url ?? $"article-{i}", Article: a, Claims: extractor.Extract(a.ToInput()).Claims)));

    public static EvaluationReport Evaluate(IEnumerable<(string Name, AnnotatedArticle Article, IReadOnlyList<ExtractedClaim> Claims)> items)
    {
        var scores = items.Select(x => Score(x.Name, x.Article, x.Claims)).ToList();
        var overall = scores.Aggregate(ScoreCard.Empty, (sum, s) => sum + s.Card);
        var perLanguage = scores.GroupBy(s => s.Language, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Aggregate(ScoreCard.Empty, (sum, s) => sum + s.Card), StringComparer.Ordinal);
        return new EvaluationReport(overall, perLanguage, scores);
    }

    public static ArticleScore Score(string name, AnnotatedArticle article, IReadOnlyList<ExtractedClaim> claims)
    {
        var predicted = InTextOrder(claims);
        var expected = InTextOrder(article);
        var optional = article.Optional ?? [];

        var strict = Match(predicted, expected, lenient: false);
        var lenient = Match(predicted, expected, lenient: true);
        var strictExtra = Unmatched(predicted, strict.Keys);
        var lenientExtra = Unmatched(predicted, lenient.Keys);
        var strictPredicted = strict.Count + strictExtra.Count - AbsorbedByOptional(strictExtra, optional, lenient: false);
        var lenientPredicted = lenient.Count + lenientExtra.Count - AbsorbedByOptional(lenientExtra, optional, lenient: true);

        var (datesCorrect, datesScored, attrCorrect, attrScored) = (0, 0, 0, 0);
        var mismatches = new List<string>();
        foreach (var (p, e) in strict)
        {
            var claim = predicted[p];
            var item = expected[e];
            if (item.Date is not null)
            {
                datesScored++;
                if (claim.Date?.Value == item.Date) datesCorrect++;
                else mismatches.Add($"date       {item.Platform} {item.Action}: expected {item.Date}, got {claim.Date?.Value ?? "none"}");
            }
            if (item.ReasonStatedBy is not null)
            {
                attrScored++;
                var statedBy = claim.Reasons.FirstOrDefault()?.StatedBy?.ToCode();
                if (statedBy == item.ReasonStatedBy) attrCorrect++;
                else mismatches.Add($"stated_by  {item.Platform} {item.Action}: expected {item.ReasonStatedBy}, got {statedBy ?? "none"}");
            }
        }
        var strictMissed = Enumerable.Range(0, expected.Count).Where(e => !strict.ContainsValue(e)).Select(e => expected[e]).ToList();
        var unexpected = strictExtra.Where(c => !optional.Any(o => Fits(c, o, lenient: false))).ToList();
        var card = new ScoreCard(1, expected.Count, strictPredicted, strict.Count, lenientPredicted, lenient.Count,
            datesCorrect, datesScored, attrCorrect, attrScored);
        return new ArticleScore(name, article.Language, card, strictMissed, unexpected, mismatches);
    }

    /// <summary>Predicted index -> expected index, first fit in text order on both sides.</summary>
    private static Dictionary<int, int> Match(IReadOnlyList<ExtractedClaim> predicted, IReadOnlyList<AnnotatedAction> expected, bool lenient)
    {
        var pairs = new Dictionary<int, int>();
        var used = new bool[expected.Count];
        for (var p = 0; p < predicted.Count; p++)
        {
            for (var e = 0; e < expected.Count; e++)
            {
                if (used[e] || !Fits(predicted[p], expected[e], lenient)) continue;
                used[e] = true;
                pairs[p] = e;
                break;
            }
        }
        return pairs;
    }

    private static List<ExtractedClaim> Unmatched(IReadOnlyList<ExtractedClaim> predicted, IEnumerable<int> matched)
    {
        var set = matched.ToHashSet();
        return predicted.Where((_, i) => !set.Contains(i)).ToList();
    }

    /// <summary>How many leftover predictions an optional item explains (one each).</summary>
    private static int AbsorbedByOptional(List<ExtractedClaim> extra, IReadOnlyList<AnnotatedAction> optional, bool lenient)
    {
        var used = new bool[optional.Count];
        var absorbed = 0;
        foreach (var claim in extra)
        {
            for (var o = 0; o < optional.Count; o++)
            {
                if (used[o] || !Fits(claim, optional[o], lenient)) continue;
                used[o] = true;
                absorbed++;
                break;
            }
        }
        return absorbed;
    }

    public static bool Fits(ExtractedClaim claim, AnnotatedAction item, bool lenient) =>
        SamePlatform(claim.Platform, item.Platform) && Codes.TryParse<ActionType>(item.Action, out var action)
        && (lenient ? Family(action) == Family(claim.Action) : action == claim.Action);

    public static bool SamePlatform(string a, string b) =>
        string.Equals(ClaimExtractor.CanonicalPlatform(a), ClaimExtractor.CanonicalPlatform(b), StringComparison.OrdinalIgnoreCase);

    /// <summary>Lenient scoring: suspended, terminated and restricted are one family.</summary>
    public static ActionType Family(ActionType action) =>
        action is ActionType.Terminated or ActionType.Restricted ? ActionType.Suspended : action;

    private static List<ExtractedClaim> InTextOrder(IReadOnlyList<ExtractedClaim> claims) =>
        claims.Select((c, i) => (c, i)).OrderBy(x => x.c.Quotes.Count > 0 ? x.c.Quotes.Min(q => q.Start) : int.MaxValue).ThenBy(x => x.i).Select(x => x.c).ToList();

    /// <summary>Expected items by where their evidence appears; items without evidence keep their place after the previous one.</summary>
    private static List<AnnotatedAction> InTextOrder(AnnotatedArticle article)
    {
        var position = -1;
        return article.Expected.Select((item, i) =>
            {
                var at = item.Evidence is { Length: > 0 } evidence ? article.Text.IndexOf(evidence, StringComparison.Ordinal) : -1;
                position = at >= 0 ? at : position;
                return (item, position, i);
            })
            .OrderBy(x => x.position).ThenBy(x => x.i).Select(x => x.item).ToList();
    }
}
