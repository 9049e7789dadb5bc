using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Search;

/// <summary>Each test looks for a made-up word of its own, so no test sees another's documents.</summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private async Task<Guid> Source(string text, string language, string? publishedOn = "2021-03-12", string outlet = "Daily Example", string? title = null)
    {
        var response = await _api.Post("/api/sources", new { outlet, url = Articles.UniqueUrl(), language, publishedOn, title, text = Articles.Unique(text) });
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await ApiClient.Body(response)).GetProperty("sourceId").GetGuid();
    }

    private Task<JsonElement> Search(string query) => _api.Get($"/api/search?{query}");

    private static List<JsonElement> Items(JsonElement page) => page.GetProperty("items").EnumerateArray().ToList();

    [Fact]
    public async Task A_french_source_is_found_by_another_form_of_its_words()
    {
        var word = Articles.UniqueWord();
        var french = await Source($"Les comptes de l'association {word} ont été bloqués et sa page a été suspendue.", "fr");

        // The French stemmer reads comptes/compte, bloqués/bloquée and suspendue/suspendu as one word each
        // (it keeps "suspendus" and "suspendre" apart from "suspendu": Snowball's French rules).
        var page = await Search($"q={Uri.EscapeDataString($"{word} compte bloquée suspendu")}&in=sources");

        var hit = Assert.Single(Items(page));
        Assert.Equal(french, hit.GetProperty("id").GetGuid());
        Assert.Equal("source", hit.GetProperty("kind").GetString());
        Assert.Equal($"/api/sources/{french}", hit.GetProperty("href").GetString());
        Assert.Equal("fr", hit.GetProperty("language").GetString());
        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("<mark>suspendue</mark>", snippet);
        Assert.Contains("<mark>bloqués</mark>", snippet);
        Assert.Contains("<mark>comptes</mark>", snippet);
        Assert.True(hit.GetProperty("rank").GetDouble() > 0);
        Assert.Equal(1, page.GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task An_english_source_is_found_by_its_stem_and_a_language_filter_keeps_the_other_out()
    {
        var word = Articles.UniqueWord();
        var english = await Source($"Twitter suspended the accounts of {word} on Monday.", "en");
        var french = await Source($"Twitter a suspendu le compte de {word} lundi.", "fr");

        var both = await Search($"q={word}&in=sources");
        var stemmed = await Search($"q={Uri.EscapeDataString($"{word} account suspending")}&in=sources");
        var onlyFrench = await Search($"q={word}&in=sources&language=fr");

        Assert.Equal(2, both.GetProperty("total").GetInt64());
        Assert.Equal(english, Assert.Single(Items(stemmed)).GetProperty("id").GetGuid());
        Assert.Contains("<mark>suspended</mark>", Items(stemmed)[0].GetProperty("snippet").GetString());
        Assert.Equal(french, Assert.Single(Items(onlyFrench)).GetProperty("id").GetGuid());
    }

    [Fact]
    public async Task Cases_are_found_by_their_quotes_in_the_quote_language_and_filtered_by_action_status_and_platform()
    {
        var word = Articles.UniqueWord();
        var platform = ApiClient.UniquePlatform();
        var (suspendedCase, _) = await _api.OpenCase(platform, $"Associations {word}");
        var (removedCase, _) = await _api.OpenCase(platform, $"Chaîne {word}", "channel");
        await Export.ExportClient.RecordAction(_api, suspendedCase, "suspended", "2020-06-07", "Le Monde", "Le compte a été suspendu sans préavis.", language: "fr");
        await Export.ExportClient.RecordAction(_api, removedCase, "content_removed", "2020-06-08", "Le Monde", "Les vidéos ont été retirées.", language: "fr");

        // "suspendue" finds the French quote's "suspendu"; the platform keeps other tests' cases out.
        var byQuote = await Search($"q=suspendue&in=cases&platform={platform}");
        var byName = await Search($"q={Uri.EscapeDataString($"associations {word}")}&in=cases");
        var byAction = await Search($"q={word}&in=cases&action=content_removed");
        var byPlatform = await Search($"q={word}&platform={platform.ToUpperInvariant()}");
        var closed = await Search($"q={word}&status=closed");

        var hit = Assert.Single(Items(byQuote));
        Assert.Equal(suspendedCase, hit.GetProperty("id").GetGuid());
        Assert.Equal("case", hit.GetProperty("kind").GetString());
        Assert.Equal($"Associations {word} ({platform})", hit.GetProperty("title").GetString());
        Assert.Contains("<mark>suspendu</mark>", hit.GetProperty("snippet").GetString());
        Assert.Equal(suspendedCase, Assert.Single(Items(byName)).GetProperty("id").GetGuid());
        Assert.Equal(removedCase, Assert.Single(Items(byAction)).GetProperty("id").GetGuid());
        Assert.Equal(2, byPlatform.GetProperty("total").GetInt64());
        Assert.Empty(Items(closed));
    }

    [Fact]
    public async Task Sources_filter_by_publication_dates_and_by_the_platform_their_claims_name()
    {
        var word = Articles.UniqueWord();
        var twitterStory = await Source($"Twitter suspended the account of the {word} group on 3 March, the group said.", "en", "2021-03-12");
        var older = await Source($"An essay about {word} and nothing else.", "en", "2019-05-01");

        var inRange = await Search($"q={word}&in=sources&from=2021-01-01&to=2021-12-31");
        var byPlatform = await Search($"q={word}&in=sources&platform=twitter");
        var byAction = await Search($"q={word}&in=sources&action=suspended");

        Assert.Equal(twitterStory, Assert.Single(Items(inRange)).GetProperty("id").GetGuid());
        Assert.Equal(twitterStory, Assert.Single(Items(byPlatform)).GetProperty("id").GetGuid());
        Assert.Equal(twitterStory, Assert.Single(Items(byAction)).GetProperty("id").GetGuid());
        Assert.NotEqual(twitterStory, older);
    }

    [Fact]
    public async Task Results_are_ranked_paged_and_sortable_by_newest()
    {
        var word = Articles.UniqueWord();
        var passing = await Source($"A passing mention of {word} in a long story about other things entirely.", "en", "2021-01-01");
        var central = await Source($"{word}, {word} and again {word}: the {word} account was suspended.", "en", "2020-01-01", title: $"The {word} suspension");
        var newest = await Source($"Another note on {word} and the weather.", "en", "2022-01-01");

        var first = await Search($"q={word}&in=sources&pageSize=2");
        var second = await Search($"q={word}&in=sources&pageSize=2&page=2");
        var byDate = await Search($"q={word}&in=sources&sort=newest");

        Assert.Equal(3, first.GetProperty("total").GetInt64());
        Assert.Equal(central, Items(first)[0].GetProperty("id").GetGuid());
        Assert.Equal(2, Items(first).Count);
        Assert.Single(Items(second));
        Assert.Equal(3, Items(first).Concat(Items(second)).Select(i => i.GetProperty("id").GetGuid()).Distinct().Count());
        Assert.Equal([newest, passing, central], Items(byDate).Select(i => i.GetProperty("id").GetGuid()));
        Assert.Empty(Items(await Search($"q={word}&in=sources&page=9")));
    }

    [Fact]
    public async Task Snippets_escape_the_text_so_the_only_markup_is_the_highlight()
    {
        var word = Articles.UniqueWord();
        await Source($"The page showed <b>{word}</b> & <img src=x onerror=alert(1)> until it was removed.", "en");

        var hit = Assert.Single(Items(await Search($"q={word}&in=sources")));

        var snippet = hit.GetProperty("snippet").GetString()!;
        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;", snippet);
        Assert.Contains("&amp;", snippet);
        Assert.DoesNotContain("<img", snippet);
        Assert.Contains($"<mark>{word}</mark>", snippet);
    }

    [Theory]
    [InlineData("q=", "q")]
    [InlineData("in=cases", "q")]
    [InlineData("q=x&in=everything", "in")]
    [InlineData("q=x&pageSize=101", "pageSize")]
    [InlineData("q=x&page=0", "page")]
    [InlineData("q=x&sort=oldest", "sort")]
    [InlineData("q=x&from=12-03-2021", "from")]
    [InlineData("q=x&action=banned", "action")]
    [InlineData("q=x&status=open&in=sources", "status")]
    public async Task Bad_parameters_are_refused_with_a_problem_naming_them(string query, string field)
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/search?{query}"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task A_query_longer_than_500_characters_is_refused_and_one_of_500_is_answered()
    {
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/search?q={new string('a', 501)}"), HttpStatusCode.BadRequest);
        Assert.Empty(Items(await Search($"q={string.Join(' ', Enumerable.Repeat("zzq", 125))}")));
    }
}
