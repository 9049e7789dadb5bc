using System.Globalization;
using System.Text;

namespace CaseTracker.Extraction;

/// <summary>What went wrong in one article: expected items not found, predictions not expected.</summary>
public sealed record ArticleScore(
    string Name,
    string Language,
    ScoreCard Card,
    IReadOnlyList<AnnotatedAction> Missed,
    IReadOnlyList<ExtractedClaim> Unexpected,
    IReadOnlyList<string> Mismatches);

/// <summary>Scores overall and per language, with a readable text rendering.</summary>
public sealed record EvaluationReport(ScoreCard Overall, IReadOnlyDictionary<string, ScoreCard> PerLanguage, IReadOnlyList<ArticleScore> Articles)
{
    /// <param name="details">false prints the score table only: the locked test split must not show which articles fail.</param>
    public string ToText(bool details = true)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"Extraction evaluation: {Overall.Articles} article(s)");
        text.AppendLine("language  articles expected predicted matched precision recall     F1  lenientF1  date-acc  attribution-acc");
        Row("all", Overall);
        foreach (var (language, card) in PerLanguage.OrderBy(kv => kv.Key, StringComparer.Ordinal)) Row(language, card);
        foreach (var article in Articles.Where(a => details && a.Missed.Count + a.Unexpected.Count + a.Mismatches.Count > 0))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"- {article.Name} ({article.Language})");
            foreach (var miss in article.Missed) text.AppendLine(CultureInfo.InvariantCulture, $"    missed     {miss.Platform} {miss.Action} {miss.Subject} {miss.Date}");
            foreach (var extra in article.Unexpected) text.AppendLine(CultureInfo.InvariantCulture, $"    unexpected {extra.Platform} {Domain.Vocabulary.Codes.ToCode(extra.Action)} {extra.Subject} {extra.Date}");
            foreach (var mismatch in article.Mismatches) text.AppendLine(CultureInfo.InvariantCulture, $"    {mismatch}");
        }
        return text.ToString();

        void Row(string name, ScoreCard c) => text.AppendLine(CultureInfo.InvariantCulture,
            $"{name,-9} {c.Articles,8} {c.Expected,8} {c.Predicted,9} {c.Matched,7} {c.Precision,9:0.000} {c.Recall,6:0.000} {c.F1,6:0.000} {c.LenientF1,10:0.000} {Pct(c.DateAccuracy),9} {Pct(c.AttributionAccuracy),16}");
        static string Pct(double? value) => value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "n/a";
    }

    public override string ToString() => ToText();
}
