using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>Every annotated fixture in Data/articles, one per language and story, scored by the Evaluator.</summary>
public class AnnotatedArticleTests
{
    public static TheoryData<string> Names() => new(Fixtures.ArticleNames());

    [Theory]
    [MemberData(nameof(Names))]
    public void Article_is_extracted_exactly_as_annotated(string name)
    {
        var article = Fixtures.Article(name);
        var report = Evaluator.Evaluate([article], Fixtures.Extractor);
        Assert.True(report.Overall.F1 == 1.0 && report.Overall.DateAccuracy is null or 1.0 && report.Overall.AttributionAccuracy is null or 1.0,
            report.ToText());
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Quotes_are_verbatim(string name)
    {
        var article = Fixtures.Article(name);
        Fixtures.AssertQuotesAreVerbatim(article.Text, Fixtures.Extractor.Extract(article.ToInput()));
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Language_is_detected_from_the_text_alone(string name)
    {
        var article = Fixtures.Article(name);
        var result = Fixtures.Extractor.Extract(article.ToInput() with { Language = null });
        Assert.Equal(article.Language, result.Language);
        Assert.True(result.LanguageDetected);
    }

    [Theory]
    [InlineData("fr-01-chaine-suspendue-puis-retablie", "Voix Libres")]
    [InlineData("en-01-suspended-then-restored", "Free Voices")]
    [InlineData("de-01-konto-gesperrt", "Lena Vogt")]
    [InlineData("es-01-pagina-suspendida", "Carlos Ruiz")]
    [InlineData("it-01-account-sospeso", "Marco Bellini")]
    [InlineData("pt-01-canal-suspenso", "Pedro Alves")]
    [InlineData("nl-01-account-geschorst", "Groen Verzet")]
    public void Suspension_and_reinstatement_name_the_same_subject(string name, string subject)
    {
        var result = Fixtures.Extractor.Extract(Fixtures.Article(name).ToInput());
        Assert.Contains(subject, Fixtures.Single(result, ActionType.Suspended).Subject);
        Assert.Contains(subject, Fixtures.Single(result, ActionType.Reinstated).Subject);
    }

    [Fact]
    public void All_fixtures_together_score_per_language()
    {
        var articles = Fixtures.ArticleNames().Select(Fixtures.Article).ToList();
        var report = Evaluator.Evaluate(articles, Fixtures.Extractor);
        Assert.Equal(["ar", "de", "en", "es", "fa", "fr", "id", "it", "nl", "pl", "pt", "ro", "ru", "tr", "uk"], report.PerLanguage.Keys.Order());
        Assert.All(report.PerLanguage.Values, card => Assert.Equal(1.0, card.F1));
        Assert.Contains("lenientF1", report.ToText());
    }

    /// <summary>The floor for the whole of Data/articles: strict F1, dates and attributions may not fall below today's figures.</summary>
    [Fact]
    public void Overall_scores_over_all_fixtures_do_not_fall()
    {
        var report = Evaluator.Evaluate(Fixtures.ArticleNames().Select(Fixtures.Article).ToList(), Fixtures.Extractor);
        Assert.True(report.Overall.Expected >= 68, report.ToText());
        Assert.True(report.Overall.F1 >= 1.0 && report.Overall.DateAccuracy >= 1.0 && report.Overall.AttributionAccuracy >= 1.0, report.ToText());
    }
}
