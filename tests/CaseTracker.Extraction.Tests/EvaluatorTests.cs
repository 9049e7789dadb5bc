using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>The FORMAT.md scoring rules on hand-made predictions.</summary>
public class EvaluatorTests
{
    private const string Text = "First Twitter suspended A. Then YouTube removed B. Then Twitter restored A.";

    private static AnnotatedArticle Article(IReadOnlyList<AnnotatedAction> expected, IReadOnlyList<AnnotatedAction>? optional = null) =>
        new(null, "test", "en", null, null, Text, expected, optional ?? []);

    private static AnnotatedAction Expect(string platform, string action, string? date = null, string? statedBy = null) =>
        new(platform, "A", action, date, ReasonStatedBy: statedBy);

    private static ExtractedClaim Claim(string platform, ActionType action, int at, PartialDate? date = null, StatedBy? statedBy = null) =>
        new(platform, "A", SubjectKind.Account, action, date, null,
            statedBy is null ? [] : [new ExtractedReason("r", ReasonCategory.OtherViolationTc, statedBy, new QuoteSpan(0, 1, "F"))],
            [new QuoteSpan(at, at + 1, Text[at..(at + 1)])], 0.9);

    private static ScoreCard Score(AnnotatedArticle article, params ExtractedClaim[] claims) =>
        Evaluator.Score("t", article, claims).Card;

    [Fact]
    public void Precision_and_recall_count_matches_over_predictions_and_expectations()
    {
        var article = Article([Expect("Twitter", "suspended"), Expect("YouTube", "content_removed"), Expect("Twitter", "reinstated")]);
        var card = Score(article, Claim("Twitter", ActionType.Suspended, 6), Claim("Facebook", ActionType.Suspended, 10));
        Assert.Equal((1, 2, 3), (card.Matched, card.Predicted, card.Expected));
        Assert.Equal(0.5, card.Precision);
        Assert.Equal(1.0 / 3, card.Recall, 6);
        Assert.Equal(2 * 0.5 * (1.0 / 3) / (0.5 + 1.0 / 3), card.F1, 6);
    }

    [Fact]
    public void Matching_is_one_to_one()
    {
        var card = Score(Article([Expect("Twitter", "suspended")]), Claim("Twitter", ActionType.Suspended, 6), Claim("Twitter", ActionType.Suspended, 60));
        Assert.Equal((1, 2), (card.Matched, card.Predicted));
    }

    [Fact]
    public void Platform_aliases_match_X_is_Twitter()
    {
        var card = Score(Article([Expect("X", "suspended")]), Claim("Twitter", ActionType.Suspended, 6));
        Assert.Equal(1.0, card.F1);
        Assert.True(Evaluator.SamePlatform("twitter", "X"));
        Assert.False(Evaluator.SamePlatform("Twitter", "Facebook"));
    }

    [Fact]
    public void A_prediction_that_fits_an_optional_item_is_neither_rewarded_nor_penalised()
    {
        var article = Article([Expect("Twitter", "suspended")], [Expect("Zoom", "restricted")]);
        var card = Score(article, Claim("Twitter", ActionType.Suspended, 6), Claim("Zoom", ActionType.Restricted, 30));
        Assert.Equal((1, 1, 1), (card.Matched, card.Predicted, card.Expected));
        Assert.Equal(1.0, card.F1);
        Assert.Equal(1.0, Score(article, Claim("Twitter", ActionType.Suspended, 6)).F1);
    }

    [Fact]
    public void Lenient_scoring_counts_suspended_terminated_and_restricted_as_one_family()
    {
        var card = Score(Article([Expect("Twitter", "suspended")]), Claim("Twitter", ActionType.Terminated, 6));
        Assert.Equal(0.0, card.F1);
        Assert.Equal(1.0, card.LenientF1);
        Assert.Equal(0.0, Score(Article([Expect("Twitter", "suspended")]), Claim("Twitter", ActionType.Reinstated, 6)).LenientF1);
    }

    [Fact]
    public void Date_accuracy_needs_the_same_value_at_the_same_precision()
    {
        var article = Article([Expect("Twitter", "suspended", "2020-06-07"), Expect("Twitter", "reinstated", "2020-06")]);
        var card = Score(article,
            Claim("Twitter", ActionType.Suspended, 6, PartialDate.OfDay(2020, 6, 7)),
            Claim("Twitter", ActionType.Reinstated, 60, PartialDate.OfDay(2020, 6, 9)));
        Assert.Equal((1, 2), (card.DatesCorrect, card.DatesScored));
        Assert.Equal(0.5, card.DateAccuracy);
    }

    [Fact]
    public void Attribution_uses_the_first_reason_and_only_expected_attributions()
    {
        var article = Article([Expect("Twitter", "suspended", statedBy: "platform"), Expect("Twitter", "reinstated")]);
        var card = Score(article, Claim("Twitter", ActionType.Suspended, 6, statedBy: StatedBy.Platform), Claim("Twitter", ActionType.Reinstated, 60, statedBy: StatedBy.Subject));
        Assert.Equal((1, 1), (card.AttributionsCorrect, card.AttributionsScored));
        var wrong = Score(article, Claim("Twitter", ActionType.Suspended, 6, statedBy: StatedBy.Subject));
        Assert.Equal(0.0, wrong.AttributionAccuracy);
    }

    [Fact]
    public void An_article_reporting_nothing_scores_perfectly_when_nothing_is_predicted()
    {
        var card = Score(Article([]));
        Assert.Equal(1.0, card.F1);
        Assert.Null(card.DateAccuracy);
        Assert.Equal(0.0, Score(Article([]), Claim("Twitter", ActionType.Suspended, 6)).Precision);
    }

    [Fact]
    public void Report_groups_by_language_and_renders_misses()
    {
        var fr = Article([Expect("Twitter", "suspended")]) with { Language = "fr" };
        var en = Article([Expect("Twitter", "suspended")]);
        var report = Evaluator.Evaluate([("fr", fr, (IReadOnlyList<ExtractedClaim>)[Claim("Twitter", ActionType.Suspended, 6)]), ("en", en, [])]);
        Assert.Equal(1.0, report.PerLanguage["fr"].F1);
        Assert.Equal(0.0, report.PerLanguage["en"].Recall);
        Assert.Equal(0.5, report.Overall.Recall);
        Assert.Contains("missed     Twitter suspended", report.ToText());
    }
}
