using System.Net;
using System.Security.Cryptography;
using System.Text;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Sources;

[Collection(ApiCollection.Name)]
public sealed class SourceIngestionTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task An_article_is_stored_with_its_hash_and_its_claims_wait_for_review()
    {
        var text = Articles.SuspendedThenRestored("Open Voices Network");

        var response = await _api.Post("/api/sources", Articles.Text(text, Articles.UniqueUrl()));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.Body(response);
        var sourceId = body.GetProperty("sourceId").GetGuid();
        Assert.Equal($"/api/sources/{sourceId}", response.Headers.Location?.ToString());
        Assert.True(body.GetProperty("created").GetBoolean());
        var claims = body.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal(["suspended", "reinstated"], claims.Select(c => c.GetProperty("action").GetString()));
        Assert.All(claims, c => Assert.Equal("pending", c.GetProperty("status").GetString()));
        Assert.All(claims, c => Assert.Equal("Twitter", c.GetProperty("platform").GetString()));
        var quote = claims[0].GetProperty("quotes")[0];
        Assert.Equal(quote.GetProperty("text").GetString(), text[quote.GetProperty("start").GetInt32()..quote.GetProperty("end").GetInt32()]);

        var source = await _api.Get($"/api/sources/{sourceId}");
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), source.GetProperty("textSha256").GetString());
        Assert.Equal(text, source.GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_same_url_with_tracking_parameters_fragment_or_amp_is_the_same_source_and_writes_nothing()
    {
        var url = Articles.UniqueUrl();
        var first = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.Unique("No platform here."), url)));

        foreach (var variant in new[] { url + "?utm_source=x&fbclid=1", url + "#comments", url.Replace("https://", "https://www.") + "/amp/" })
        {
            var again = await _api.Post("/api/sources", Articles.Text(Articles.Unique("Another text entirely."), variant));
            Assert.Equal(HttpStatusCode.OK, again.StatusCode);
            var body = await ApiClient.Body(again);
            Assert.False(body.GetProperty("created").GetBoolean());
            Assert.Equal(first.GetProperty("sourceId").GetGuid(), body.GetProperty("sourceId").GetGuid());
        }
        var source = await _api.Get($"/api/sources/{first.GetProperty("sourceId").GetGuid()}");
        Assert.Single(source.GetProperty("extractions").EnumerateArray());
    }

    [Fact]
    public async Task The_same_text_under_another_url_is_the_same_source()
    {
        var text = Articles.Unique("Nothing happened to anyone today.");
        var first = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(text, Articles.UniqueUrl())));

        var again = await _api.Post("/api/sources", Articles.Text(text, Articles.UniqueUrl(), outlet: "Wire Copy"));

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(first.GetProperty("sourceId").GetGuid(), (await ApiClient.Body(again)).GetProperty("sourceId").GetGuid());
    }

    [Fact]
    public async Task Html_is_reduced_to_the_article_text_without_scripts()
    {
        var marker = Guid.NewGuid().ToString("N");
        var html = $"""
            <html><head><title>t</title><script>var secret = "SCRIPT-{marker}"; document.write('Twitter suspended everyone');</script>
            <style>.x {"{"} color: red {"}"}</style></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav>
            <article><h1>Platform acts against activists</h1>
            <p>Twitter suspended the account of the Harbour Rights League on 3 March, the league said.</p>
            <p>The company said the account had broken its rules on spam. Ref {marker}.</p>
            <script>alert("SCRIPT-{marker}")</script></article>
            <footer>© Example</footer></body></html>
            """;

        var response = await _api.Post("/api/sources", new { outlet = "Example Web", url = Articles.UniqueUrl(), language = "en", publishedOn = "2021-03-12", html });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.Body(response);
        var source = await _api.Get($"/api/sources/{body.GetProperty("sourceId").GetGuid()}");
        var text = source.GetProperty("text").GetString()!;
        Assert.Contains("Twitter suspended the account of the Harbour Rights League on 3 March", text);
        Assert.DoesNotContain("SCRIPT-", text);
        Assert.DoesNotContain("<p>", text);
        var claim = Assert.Single(body.GetProperty("claims").EnumerateArray());
        Assert.Equal("Harbour Rights League", claim.GetProperty("subject").GetString());
    }

    [Theory]
    [InlineData("""{"outlet":"A","text":"x","html":"<p>x</p>"}""", "text")]
    [InlineData("""{"outlet":"A"}""", "text")]
    [InlineData("""{"outlet":"A","text":""}""", "text")]
    [InlineData("""{"outlet":"A","text":"bin\u0000ary\u0000data"}""", "text")]
    [InlineData("""{"outlet":"","text":"fine text"}""", "outlet")]
    [InlineData("""{"outlet":"A","text":"fine text","url":"ftp://example.org/a"}""", "url")]
    [InlineData("""{"outlet":"A","text":"fine text","publishedOn":"2021-02-30"}""", "publishedOn")]
    [InlineData("""{"outlet":"A","text":"fine text","language":"english please"}""", "language")]
    public async Task A_bad_source_is_a_400_naming_the_field(string body, string field)
    {
        var response = await _api.PostRaw("/api/sources", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"should name {field}: {problem}");
    }

    [Fact]
    public async Task A_page_of_nothing_but_scripts_is_a_400_and_stores_nothing()
    {
        var html = $"<html><head><script>var x = '{Guid.NewGuid()}';</script></head><body><script>alert(1)</script><style>p {{ }}</style></body></html>";

        var response = await _api.Post("/api/sources", new { outlet = "Empty Page", url = Articles.UniqueUrl(), html });

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("html", out _));
    }

    [Fact]
    public async Task Ten_megabytes_of_text_is_refused_as_too_large()
    {
        var response = await _api.Post("/api/sources", new { outlet = "A", text = new string('a', 10 * 1024 * 1024) });

        await ApiClient.Problem(response, HttpStatusCode.RequestEntityTooLarge);
    }

    [Fact]
    public async Task Invalid_utf8_is_a_400()
    {
        using var content = new ByteArrayContent([.. "{\"outlet\":\"A\",\"text\":\""u8, 0xC3, 0x28, 0xFF, .. "\"}"u8]);
        content.Headers.ContentType = new("application/json");

        var response = await _api.Http.PostAsync("/api/sources", content);

        await ApiClient.Problem(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_text_in_an_unknown_language_is_stored_with_no_claims()
    {
        var response = await _api.Post("/api/sources", Articles.Text(Articles.Unique("Lorem ipsum dolor sit amet, Twitter consectetur adipiscing."), language: "la"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Empty((await ApiClient.Body(response)).GetProperty("claims").EnumerateArray());
    }

    [Fact]
    public async Task Parallel_ingestions_of_one_article_store_it_once()
    {
        var request = Articles.Text(Articles.Unique("Quiet news day."), Articles.UniqueUrl());

        var responses = await Task.WhenAll(Enumerable.Range(0, 6).Select(_ => _api.Post("/api/sources", request)));

        var statuses = string.Join(",", await Task.WhenAll(responses.Select(async r => $"{(int)r.StatusCode} {await r.Content.ReadAsStringAsync()}")));
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.Created) == 1, statuses);
        Assert.True(responses.Count(r => r.StatusCode == HttpStatusCode.OK) == 5, statuses);
        var ids = await Task.WhenAll(responses.Select(async r => (await ApiClient.Body(r)).GetProperty("sourceId").GetGuid()));
        Assert.Single(ids.Distinct());
    }

    [Fact]
    public async Task Reading_an_unknown_source_is_404()
    {
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/sources/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }
}
