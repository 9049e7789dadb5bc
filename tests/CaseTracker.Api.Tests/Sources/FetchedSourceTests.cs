using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CaseTracker.Api.Tests.Sources;

/// <summary>A host allowed to fetch from loopback (only tests set that), beside a local web site to fetch from.</summary>
public sealed class FetchingApiFixture : ApiFixture, IAsyncLifetime
{
    public LocalPages Pages { get; } = new();

    protected override void Configure(IWebHostBuilder host)
    {
        host.UseSetting("Fetch:AllowLoopbackForTests", "true");
        host.UseSetting("Fetch:MaxBytes", "50000");
        host.UseSetting("Fetch:TimeoutSeconds", "2");
        host.UseSetting("Fetch:MaxRedirects", "3");
    }

    protected override Task WarmAsync() => Pages.StartAsync();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await Pages.DisposeAsync();
        await base.DisposeAsync();
    }
}

[CollectionDefinition(Name)]
public sealed class FetchingCollection : ICollectionFixture<FetchingApiFixture>
{
    public const string Name = "fetching";
}

/// <summary>POST /api/sources with only a URL: the server fetches the page, within its limits, and ingests it.</summary>
[Collection(FetchingCollection.Name)]
public sealed class FetchedSourceTests(FetchingApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());
    private LocalPages Pages => fixture.Pages;

    private static string Article(string group) =>
        $"<html><head><title>News</title><script>var x = 'Twitter suspended nobody';</script></head><body><nav>Home</nav>" +
        $"<article><p>Twitter suspended the account of the {group} on 3 March 2021, the group said.</p></article></body></html>";


    [Fact]
    public async Task A_url_alone_is_fetched_reduced_to_text_and_its_claims_queued()
    {
        var group = $"Osprey {Articles.UniqueWord()} Network";
        var url = Pages.Add($"news/{Guid.NewGuid():N}", Article(group));

        var response = await _api.Post("/api/sources", new { url });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.Body(response);
        var claim = Assert.Single(body.GetProperty("claims").EnumerateArray());
        Assert.Equal("suspended", claim.GetProperty("action").GetString());
        var source = await _api.Get($"/api/sources/{body.GetProperty("sourceId").GetGuid()}");
        Assert.Equal(url, source.GetProperty("url").GetString());
        Assert.Equal("127.0.0.1", source.GetProperty("outlet").GetString());
        Assert.Contains($"suspended the account of the {group}", source.GetProperty("text").GetString());
        Assert.DoesNotContain("var x", source.GetProperty("text").GetString());

        // The same URL again is the stored source.
        Assert.Equal(HttpStatusCode.OK, (await _api.Post("/api/sources", new { url, outlet = "Another" })).StatusCode);
    }

    [Fact]
    public async Task Plain_text_and_redirects_within_the_limit_are_followed_and_the_given_outlet_kept()
    {
        var group = $"Kestrel {Articles.UniqueWord()} Guild";
        var path = $"plain/{Guid.NewGuid():N}.txt";
        Pages.Add(path, $"YouTube removed videos of the {group} channel on 4 April 2022, the channel said.", "text/plain");

        var response = await _api.Post("/api/sources", new { url = Pages.RedirectTo(Pages.RedirectTo(Pages.Url(path))), outlet = "Local Wire" });

        var body = await ApiClient.Body(response);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var source = await _api.Get($"/api/sources/{body.GetProperty("sourceId").GetGuid()}");
        Assert.Equal("Local Wire", source.GetProperty("outlet").GetString());
        Assert.StartsWith("YouTube removed videos", source.GetProperty("text").GetString());
    }

    public static TheoryData<string, HttpStatusCode, string> Refusals => new()
    {
        { "redirect?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F", HttpStatusCode.UnprocessableEntity, "fetch-address-refused" },
        { "redirect?to=http%3A%2F%2F10.1.2.3%2Fadmin", HttpStatusCode.UnprocessableEntity, "fetch-address-refused" },
        { "redirect?to=ftp%3A%2F%2Ffiles.example%2Farticle.txt", HttpStatusCode.UnprocessableEntity, "fetch-redirect-refused" },
        { "loop", HttpStatusCode.UnprocessableEntity, "fetch-too-many-redirects" },
        { "doc.pdf", HttpStatusCode.UnprocessableEntity, "fetch-content-type" },
        { "huge.html", HttpStatusCode.UnprocessableEntity, "fetch-too-large" },
        { "missing.html", HttpStatusCode.BadGateway, "fetch-failed" },
        { "slow", HttpStatusCode.GatewayTimeout, "fetch-timeout" },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public async Task A_page_that_cannot_be_fetched_is_a_problem_naming_why_and_nothing_is_stored(string path, HttpStatusCode status, string type)
    {
        Pages.Add("doc.pdf", "%PDF-1.4 Twitter suspended the account of the Heron Circle on 3 March 2021.", "application/pdf");
        Pages.Add("huge.html", "<p>" + string.Concat(Enumerable.Repeat("Twitter suspended the account of the Heron Circle. ", 2_000)) + "</p>");
        var url = Pages.Url(path);
        var before = await ListedSourcesAsync();

        var response = await _api.Post("/api/sources", new { url });

        var problem = await ApiClient.Problem(response, status);
        Assert.Equal($"/problems/{type}", problem.GetProperty("type").GetString());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("detail").GetString()));
        Assert.Equal(before, await ListedSourcesAsync());
    }

    [Fact]
    public async Task An_unreachable_host_is_a_bad_gateway_problem()
    {
        var response = await _api.Post("/api/sources", new { url = "http://no-such-host.invalid/article" });

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadGateway);
        Assert.Equal("/problems/fetch-unreachable", problem.GetProperty("type").GetString());
    }

    [Fact]
    public async Task A_batch_does_not_fetch()
    {
        var response = await _api.Post("/api/sources/batch", new { sources = new[] { new { url = Pages.Url("doc.pdf") } } });

        await ApiClient.Problem(response, HttpStatusCode.UnprocessableEntity);
    }

    private async Task<long> ListedSourcesAsync() => (await _api.Get("/api/claims?status=pending&pageSize=1")).GetProperty("total").GetInt64();
}

/// <summary>A host with the default settings refuses to fetch from its own machine or network, whatever the URL looks like.</summary>
[Collection(ApiCollection.Name)]
public sealed class FetchRefusedByDefaultTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    public static TheoryData<string> InternalUrls => new()
    {
        "http://127.0.0.1:5432/",
        "http://localhost/admin",
        "http://[::1]/",
        "http://169.254.169.254/latest/meta-data/",
        "http://10.0.0.8/",
        "http://192.168.1.1/",
        "http://172.16.0.1/",
        "http://0.0.0.0/",
        "http://[fd00::1]/",
        "http://[::ffff:10.0.0.1]/",
        "http://224.0.0.1/",
    };

    [Theory]
    [MemberData(nameof(InternalUrls))]
    public async Task Internal_addresses_are_refused_with_the_reason(string url)
    {
        var response = await _api.Post("/api/sources", new { url });

        var problem = await ApiClient.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal("/problems/fetch-address-refused", problem.GetProperty("type").GetString());
        Assert.Contains("public internet addresses only", problem.GetProperty("detail").GetString());
    }

    [Theory]
    [InlineData("""{"url":"ftp://files.example/a.txt"}""", "url")]
    [InlineData("""{"url":"file:///etc/passwd"}""", "url")]
    [InlineData("""{}""", "text")]
    public async Task Urls_that_are_not_http_or_are_missing_are_400(string body, string field)
    {
        var response = await _api.PostRaw("/api/sources", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }
}
