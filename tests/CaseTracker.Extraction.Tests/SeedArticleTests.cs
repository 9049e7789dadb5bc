using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>The seed article (Zoom and Humanitarian China) end to end, as annotated in shared/eval.</summary>
public class SeedArticleTests
{
    private static readonly AnnotatedArticle Seed = AnnotatedArticle.FromJson(File.ReadAllText(Fixtures.DataPath("seed-000.json")));
    private static readonly ExtractionResult Result = Fixtures.Extractor.Extract(Seed.ToInput());

    [Fact]
    public void Evaluator_scores_the_seed_perfectly()
    {
        var report = Evaluator.Evaluate([Seed], Fixtures.Extractor);
        Assert.Equal(1.0, report.Overall.F1);
        Assert.Equal(1.0, report.Overall.DateAccuracy);
        Assert.Equal(1.0, report.Overall.AttributionAccuracy);
        Assert.Equal(1.0, report.PerLanguage["fr"].F1);
    }

    [Fact]
    public void Seed_gives_exactly_the_suspension_and_the_reinstatement()
    {
        Assert.Collection(Result.Claims,
            suspension =>
            {
                Assert.Equal(("Zoom", "Humanitarian China", SubjectKind.Account, ActionType.Suspended),
                    (suspension.Platform, suspension.Subject, suspension.SubjectKind, suspension.Action));
                Assert.Equal("--06-07", suspension.Date?.Value);
                Assert.False(suspension.Date!.YearInferred);
                Assert.Contains(suspension.Quotes, q => q.Text.Contains("Le compte a été fermé le 7 juin"));
            },
            reinstatement =>
            {
                Assert.Equal(("Zoom", "Humanitarian China", ActionType.Reinstated), (reinstatement.Platform, reinstatement.Subject, reinstatement.Action));
                Assert.Null(reinstatement.Date);
                Assert.Contains(reinstatement.Quotes, q => q.Text.Contains("il avait maintenant été réactivé"));
            });
    }

    [Fact]
    public void Zooms_local_law_reason_comes_first_and_the_groups_missing_explanation_second()
    {
        var reasons = Result.Claims[0].Reasons;
        Assert.Equal((ReasonCategory.LegalComplianceLocalLaw, StatedBy.Platform), (reasons[0].Category, reasons[0].StatedBy));
        Assert.StartsWith("Lorsqu’une réunion", reasons[0].Quote.Text);
        Assert.EndsWith("lois locales respectives", reasons[0].Quote.Text);
        Assert.Contains(reasons, r => r.Category == ReasonCategory.NotStated && r.StatedBy == StatedBy.Subject);
        Assert.Empty(Result.Claims[1].Reasons);
    }

    [Fact]
    public void Quotes_are_verbatim_spans_of_the_text() => Fixtures.AssertQuotesAreVerbatim(Seed.Text, Result);

    [Fact]
    public void Nothing_is_claimed_for_SpaceX_the_authorities_or_the_31_May_event()
    {
        Assert.All(Result.Claims, c => Assert.Equal("Zoom", c.Platform));
        Assert.DoesNotContain(Result.Claims, c => c.Quotes.Any(q => q.Text.Contains("SpaceX") || q.Text.Contains("autorités") || q.Text.Contains("31 mai")));
        Assert.DoesNotContain(Result.Claims, c => c.Quotes.Any(q => q.Text.Contains("enregistrements")));
    }

    [Fact]
    public void Seed_text_file_parses_to_the_annotated_text()
    {
        var parsed = SeedText.Parse(File.ReadAllText(Fixtures.DataPath("seed-000.txt")), "fr");
        Assert.Equal("Timis Actu", parsed.Outlet);
        Assert.Equal(Seed.Title, parsed.Title);
        Assert.StartsWith(Seed.Text, parsed.Text);
        var claims = Fixtures.Extractor.Extract(parsed.ToInput()).Claims;
        Assert.Equal([ActionType.Suspended, ActionType.Reinstated], claims.Select(c => c.Action));
    }

    [Fact]
    public void A_publication_date_gives_the_seed_date_a_year_flagged_as_inferred()
    {
        var dated = Fixtures.Extractor.Extract(Seed.ToInput() with { Published = new DateOnly(2020, 6, 11) });
        var date = dated.Claims[0].Date!;
        Assert.Equal("2020-06-07", date.Value);
        Assert.True(date.YearInferred);
    }
}
