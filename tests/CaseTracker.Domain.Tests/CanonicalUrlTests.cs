using CaseTracker.Domain.Sources;

namespace CaseTracker.Domain.Tests;

public class CanonicalUrlTests
{
    private const string Article = "https://example.com/news/zoom-closes-account";

    [Theory]
    [InlineData("https://example.com/news/zoom-closes-account?utm_source=twitter&utm_medium=social&utm_campaign=x")]
    [InlineData("https://example.com/news/zoom-closes-account?fbclid=IwAR0abc")]
    [InlineData("https://example.com/news/zoom-closes-account?UTM_Source=x&gclid=1")]
    [InlineData("https://example.com/news/zoom-closes-account#comments")]
    [InlineData("https://www.example.com/news/zoom-closes-account")]
    [InlineData("https://example.com/news/zoom-closes-account/")]
    [InlineData("http://example.com/news/zoom-closes-account")]
    [InlineData("HTTPS://WWW.Example.COM/news/zoom-closes-account")]
    [InlineData("  https://example.com/news/zoom-closes-account  ")]
    [InlineData("http://www.example.com/news/zoom-closes-account/?utm_source=t&fbclid=1#top")]
    public void Tracking_parameters_fragments_www_trailing_slash_and_scheme_do_not_make_another_source(string url)
    {
        Assert.Equal(Article, CanonicalUrl.Of(url));
    }

    [Theory]
    [InlineData("https://example.com/news/zoom-closes-account/amp")]
    [InlineData("https://example.com/news/zoom-closes-account/amp/")]
    [InlineData("https://amp.example.com/news/zoom-closes-account")]
    [InlineData("https://example.com/news/zoom-closes-account?amp=1")]
    [InlineData("https://example.com/amp/news/zoom-closes-account")]
    public void Amp_variants_map_to_the_plain_article(string url)
    {
        Assert.Equal(Article, CanonicalUrl.Of(url));
    }

    [Fact]
    public void An_amp_html_page_maps_to_the_plain_html_page()
    {
        Assert.Equal("https://example.com/news/article.html", CanonicalUrl.Of("https://example.com/news/article.amp.html"));
    }

    [Fact]
    public void Other_query_parameters_are_kept_and_sorted()
    {
        Assert.Equal("https://example.com/watch?id=42&lang=zh",
            CanonicalUrl.Of("https://example.com/watch?lang=zh&utm_source=x&id=42"));
        Assert.Equal(CanonicalUrl.Of("https://example.com/watch?id=42&lang=zh"), CanonicalUrl.Of("https://example.com/watch?lang=zh&id=42"));
    }

    [Fact]
    public void Different_articles_stay_different()
    {
        Assert.NotEqual(CanonicalUrl.Of("https://example.com/watch?id=42"), CanonicalUrl.Of("https://example.com/watch?id=43"));
        Assert.NotEqual(CanonicalUrl.Of("https://example.com/a"), CanonicalUrl.Of("https://example.org/a"));
        Assert.NotEqual(CanonicalUrl.Of("https://example.com/news/ramp"), CanonicalUrl.Of("https://example.com/news"));
    }

    [Fact]
    public void A_non_default_port_is_kept()
    {
        Assert.Equal("https://example.com:8443/a", CanonicalUrl.Of("https://example.com:8443/a"));
    }

    [Fact]
    public void Text_that_is_not_a_web_url_is_kept_trimmed()
    {
        Assert.Equal("not a url", CanonicalUrl.Of("  not a url "));
        Assert.Equal("ftp://example.com/file", CanonicalUrl.Of("ftp://example.com/file"));
    }

    // SourceRef.Key: what makes two citations the same document

    [Fact]
    public void A_source_with_a_url_is_known_by_its_canonical_url_whatever_its_outlet_is_called()
    {
        var a = new SourceRef("Axios", "https://www.axios.com/zoom-closes?utm_source=tw", "Zoom closes account");
        var b = new SourceRef("axios.com", "http://axios.com/zoom-closes/", "Another headline");

        Assert.Equal("https://axios.com/zoom-closes", a.Key);
        Assert.Equal(a.Key, b.Key);
    }

    [Fact]
    public void A_source_without_a_url_is_known_by_outlet_and_title_ignoring_case_and_spaces()
    {
        var a = new SourceRef("Humanitarian China", Title: "Statement on Zoom");
        var b = new SourceRef(" HUMANITARIAN china ", Url: "", Title: "statement ON zoom ");
        var other = new SourceRef("Humanitarian China", Title: "Second statement");

        Assert.Equal(a.Key, b.Key);
        Assert.NotEqual(a.Key, other.Key);
    }
}
