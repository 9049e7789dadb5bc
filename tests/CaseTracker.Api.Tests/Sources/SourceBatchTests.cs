using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Sources;

[Collection(ApiCollection.Name)]
public sealed class SourceBatchTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task A_batch_stores_every_source_and_reports_each_by_index()
    {
        var repeated = Articles.Text(Articles.Unique("Same story twice."), Articles.UniqueUrl());
        var sources = new[] { Articles.Text(Articles.SuspendedThenRestored("Coastal Press Union"), Articles.UniqueUrl()), repeated, repeated };

        var response = await _api.Post("/api/sources/batch", new { sources });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var items = (await ApiClient.Body(response)).GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([0, 1, 2], items.Select(i => i.GetProperty("index").GetInt32()));
        Assert.Equal([true, true, false], items.Select(i => i.GetProperty("created").GetBoolean()));
        Assert.Equal(items[1].GetProperty("sourceId").GetGuid(), items[2].GetProperty("sourceId").GetGuid());
        Assert.Equal(2, items[0].GetProperty("claims").GetInt32());
    }

    [Fact]
    public async Task One_bad_item_refuses_the_whole_batch_naming_its_index_and_stores_nothing()
    {
        var good = Articles.Text(Articles.Unique("A good item."), Articles.UniqueUrl());
        var body = new { sources = new object[] { good, new { outlet = "", text = "no outlet" }, good, new { outlet = "B" } } };

        var response = await _api.Post("/api/sources/batch", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([1, 3], problem.GetProperty("invalidIndexes").EnumerateArray().Select(i => i.GetInt32()));
        Assert.True(problem.GetProperty("errors").TryGetProperty("sources[1].outlet", out _));
        var alone = await _api.Post("/api/sources", good);
        Assert.Equal(HttpStatusCode.Created, alone.StatusCode);
    }

    [Fact]
    public async Task A_page_without_text_refuses_the_batch_and_stores_nothing()
    {
        var good = Articles.Text(Articles.Unique("Another good item."), Articles.UniqueUrl());
        var empty = new { outlet = "Empty", url = Articles.UniqueUrl(), html = "<script>document.write('x')</script>" };

        var response = await _api.Post("/api/sources/batch", new { sources = new object[] { good, empty } });

        var problem = await ApiClient.Problem(response, HttpStatusCode.UnprocessableEntity);
        Assert.Equal([1], problem.GetProperty("invalidIndexes").EnumerateArray().Select(i => i.GetInt32()));
        Assert.Equal(HttpStatusCode.Created, (await _api.Post("/api/sources", good)).StatusCode);
    }

    [Fact]
    public async Task A_batch_of_more_than_100_is_refused()
    {
        var sources = Enumerable.Range(0, 101).Select(i => Articles.Text($"item {i}")).ToArray();

        var response = await _api.Post("/api/sources/batch", new { sources });

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("sources", out _));
    }
}
