namespace CaseTracker.Extraction.Tests;

/// <summary>Whatever arrives as text, the extractor answers with claims or none, never an exception.</summary>
public class BadInputTests
{
    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("....!!!???«»\"\"")]
    public void Empty_or_punctuation_only_text_gives_no_claims(string text)
    {
        Assert.Empty(Fixtures.Extract(text, "en").Claims);
        Assert.Empty(Fixtures.Extract(text).Claims);
    }

    [Theory]
    [InlineData("ro")]
    [InlineData("xx")]
    [InlineData("klingon")]
    public void An_unsupported_language_gives_no_claims(string language)
    {
        var result = Fixtures.Extract("Twitter suspended the account of Omar Haddad.", language);
        Assert.Empty(result.Claims);
        Assert.False(result.LanguageDetected);
    }

    [Fact]
    public void Language_codes_are_read_loosely()
    {
        Assert.Single(Fixtures.Extract("Twitter suspended the account of Omar Haddad.", "EN-gb").Claims);
    }

    [Fact]
    public void Text_in_an_undetectable_language_gives_no_claims()
    {
        // Swedish: no word list. (The Romanian sentence that stood here is now read: ro has a word list.)
        var result = Fixtures.Extract("Twitter har stängt av kontot för Omar Haddad, enligt källor nära honom.");
        Assert.Equal("und", result.Language);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Binary_garbage_and_invalid_characters_give_no_exception()
    {
        var random = new Random(42);
        var chars = Enumerable.Range(0, 200_000).Select(_ => (char)random.Next(0, 0xFFFF)).ToArray();
        var text = new string(chars) + "\uD800 Twitter suspended \0 the account\uDFFF of Omar Haddad.";
        var result = Fixtures.Extract(text, "en");
        Fixtures.AssertQuotesAreVerbatim(text, result);
        _ = ClaimJson.Render("garbage.txt", result);
    }

    [Fact]
    public void Html_with_scripts_passed_as_text_gives_no_exception()
    {
        var html = string.Concat(Enumerable.Repeat("<script>var x = document.getElementById('ban'); if (x) { x.remove(); }</script><div class=\"post\">&nbsp;</div>\n", 2000));
        var result = Fixtures.Extract(html);
        Assert.Empty(result.Claims);
    }

    [Fact]
    public void Ten_megabytes_of_text_are_read_without_exception()
    {
        const string paragraph = "Twitter suspended the account of Omar Haddad on March 2. The weather in the city was mild and people walked along the river. ";
        var text = string.Concat(Enumerable.Repeat(paragraph, 10_000_000 / paragraph.Length + 1));
        var result = Fixtures.Extract(text, "en", new DateOnly(2024, 3, 6));
        var claim = Assert.Single(result.Claims);
        Assert.Equal("2024-03-02", claim.Date?.Value);
        Fixtures.AssertQuotesAreVerbatim(text, result);
    }

    [Fact]
    public void The_extractor_can_be_shared_between_threads()
    {
        var article = Fixtures.Article("en-01-suspended-then-restored").ToInput();
        var expected = ClaimJson.Render("a", Fixtures.Extractor.Extract(article));
        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => ClaimJson.Render("a", Fixtures.Extractor.Extract(article))).ToList();
        Assert.All(results, r => Assert.Equal(expected, r));
    }
}
