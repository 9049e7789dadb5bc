using System.Text.Json;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Sources;

[CollectionDefinition(Name)]
public sealed class SeedApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "seed through the API";
}

[CollectionDefinition(Name)]
public sealed class SeedDemoCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "seed through the demo import";
}

/// <summary>What a user must see of the seed article: the Zoom / Humanitarian China case, built from the article alone.</summary>
public static class SeedCase
{
    public static string Folder() => Path.Combine(Repository.Root(), "seeds");

    public static string ArticleJson() => File.ReadAllText(Directory.GetFiles(Folder(), "000_*.json").Single());

    public static async Task AssertHistory(ApiClient api)
    {
        var page = await api.Get("/api/cases?platform=Zoom");
        var item = Assert.Single(page.GetProperty("items").EnumerateArray());
        Assert.Equal("Humanitarian China", item.GetProperty("subject").GetProperty("name").GetString());
        var history = await api.History(item.GetProperty("id").GetGuid());

        var timeline = history.GetProperty("timeline").EnumerateArray().ToList();
        Assert.Equal(["suspended", "reinstated"], timeline.Select(t => t.GetProperty("type").GetString()));
        Assert.Equal("--06-07", timeline[0].GetProperty("occurredOn").GetProperty("value").GetString());
        Assert.False(timeline[0].GetProperty("occurredOn").GetProperty("yearInferred").GetBoolean());
        Assert.Equal(JsonValueKind.Null, timeline[1].GetProperty("occurredOn").ValueKind);
        Assert.Contains("fermé le 7 juin", timeline[0].GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.Contains("réactivé", timeline[1].GetProperty("sources")[0].GetProperty("quote").GetString());
        Assert.All(timeline, t => Assert.Equal("Timis Actu", t.GetProperty("sources")[0].GetProperty("source").GetProperty("outlet").GetString()));
        Assert.Equal("reinstated", history.GetProperty("subjectStatus").GetString());

        var reason = history.GetProperty("reasonsByParty").GetProperty("platform")[0];
        Assert.Equal("legal_compliance_local_law", reason.GetProperty("category").GetString());
        Assert.Contains("lois locales", reason.GetProperty("text").GetString());
        Assert.Contains("lois locales", reason.GetProperty("source").GetProperty("quote").GetString());
        Assert.Equal(timeline[0].GetProperty("actionId").GetGuid(), reason.GetProperty("actionId").GetGuid());

        var interval = Assert.Single(history.GetProperty("restrictions").EnumerateArray());
        Assert.False(interval.GetProperty("open").GetBoolean());
    }

    /// <summary>None of the seed's traps became a claim: SpaceX leaving Zoom, the authorities' censorship, free sign-ups.</summary>
    public static async Task AssertNoTrapClaims(ApiClient api)
    {
        var claims = new List<JsonElement>();
        foreach (var status in new[] { "pending", "accepted", "rejected" })
            claims.AddRange((await api.Get($"/api/claims?status={status}&pageSize=100")).GetProperty("items").EnumerateArray());
        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("Zoom", c.GetProperty("platform").GetString()));
        var quotes = claims.SelectMany(c => c.GetProperty("quotes").EnumerateArray()).Select(q => q.GetProperty("text").GetString()!).ToList();
        Assert.DoesNotContain(quotes, q => q.Contains("SpaceX") || q.Contains("autorités") || q.Contains("enregistrements"));
    }
}

[Collection(SeedApiCollection.Name)]
public sealed class SeedThroughTheApiTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task The_seed_article_posted_and_its_claims_accepted_reads_back_as_the_zoom_case()
    {
        var article = JsonDocument.Parse(SeedCase.ArticleJson()).RootElement;
        var response = await _api.Post("/api/sources", new
        {
            outlet = article.GetProperty("outlet").GetString(),
            url = article.GetProperty("url").GetString(),
            title = article.GetProperty("title").GetString(),
            language = article.GetProperty("language").GetString(),
            text = article.GetProperty("text").GetString(),
        });
        var claims = (await ApiClient.Body(response)).GetProperty("claims").EnumerateArray().ToList();

        foreach (var claim in claims)
            Assert.Equal(System.Net.HttpStatusCode.OK, (await _api.Post($"/api/claims/{claim.GetProperty("id").GetGuid()}/accept", new { })).StatusCode);

        await SeedCase.AssertHistory(_api);
        await SeedCase.AssertNoTrapClaims(_api);
    }
}

[Collection(SeedDemoCollection.Name)]
public sealed class SeedThroughTheDemoTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task The_demo_import_of_seeds_builds_the_zoom_case_and_a_second_run_adds_nothing()
    {
        var files = ArticleFiles.Find([SeedCase.Folder()]);

        var progress = new StringWriter();
        var first = await ArticleImport.RunAsync(fixture.Factory.Services, files, null, accept: true, progress);
        var second = await ArticleImport.RunAsync(fixture.Factory.Services, files, null, accept: true);

        // Without a terminal, progress is plain lines (a bar would never move in a log file).
        Assert.Contains("imported 1 / 1 files", progress.ToString());

        Assert.Equal((1, 1, 0, 0, 2, 2), (first.Files, first.Created, first.AlreadyStored, first.Failed, first.Claims, first.Accepted));
        Assert.Equal((0, 1), (second.Created, second.AlreadyStored));
        await SeedCase.AssertHistory(_api);
        await SeedCase.AssertNoTrapClaims(_api);
    }
}
