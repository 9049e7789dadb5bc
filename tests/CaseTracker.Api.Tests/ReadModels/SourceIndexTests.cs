using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.ReadModels;

[Collection(ApiCollection.Name)]
public sealed class SourceIndexTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private async Task<(Guid SourceId, List<JsonElement> Claims)> Ingest(string text)
    {
        var response = await _api.Post("/api/sources", Articles.Text(text, Articles.UniqueUrl()));
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var body = await ApiClient.Body(response);
        return (body.GetProperty("sourceId").GetGuid(), body.GetProperty("claims").EnumerateArray().ToList());
    }

    private async Task Ok(HttpResponseMessage response) => Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());

    [Fact]
    public async Task An_ingested_source_lists_its_claims_the_cases_they_feed_and_every_statement_quoting_it()
    {
        var group = $"Lantern {Articles.UniqueWord()} Collective";
        var (sourceId, claims) = await Ingest(Articles.SuspendedThenRestored(group));
        var accepted = await ApiClient.Body(await _api.Post($"/api/claims/{claims[0].GetProperty("id").GetGuid()}/accept", new { }));
        await Ok(await _api.Post($"/api/claims/{claims[1].GetProperty("id").GetGuid()}/reject", new { reason = "Not about this group." }));
        var fromClaim = accepted.GetProperty("caseId").GetGuid();
        // An analyst cites the same source by hand in another case, and disputes with it; another outlet adds nothing here.
        var (byHand, _) = await _api.OpenCase(ApiClient.UniquePlatform(), group);
        var actionId = await _api.RecordAction(byHand, "restricted", "2021-03-04", outlet: "Daily Example");
        var recorded = await _api.Post($"/api/cases/{byHand}/actions", new
        {
            type = "content_removed", occurredOn = new { value = "2021-03-05" },
            source = new { outlet = "Daily Example", sourceId, quote = "removed the posts" },
        });
        await Ok(recorded);
        var removedId = (await ApiClient.Body(recorded)).GetProperty("id").GetGuid();
        await Ok(await _api.Post($"/api/cases/{byHand}/actions/{actionId}/disputes", new
        {
            kind = "other_date", claimedDate = new { value = "2021-03-06" }, source = new { outlet = "Daily Example", sourceId, quote = "on 6 March" },
        }));
        await Ok(await _api.Post($"/api/cases/{byHand}/actions/{removedId}/sources", new { source = new { outlet = "Other Outlet", quote = "also removed" } }));

        var index = await _api.Get($"/api/sources/{sourceId}/index");

        Assert.Equal("Daily Example", index.GetProperty("outlet").GetString());
        Assert.Equal(new[] { fromClaim, byHand }.Order(), index.GetProperty("cases").EnumerateArray().Select(c => c.GetGuid()).Order());
        var byStatus = index.GetProperty("claims").EnumerateArray().ToDictionary(c => c.GetProperty("status").GetString()!);
        Assert.Equal(fromClaim, byStatus["accepted"].GetProperty("caseId").GetGuid());
        Assert.Equal("suspended", byStatus["accepted"].GetProperty("action").GetString());
        Assert.Equal("Not about this group.", byStatus["rejected"].GetProperty("rejectionReason").GetString());
        var items = index.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(4, index.GetProperty("total").GetInt64());
        Assert.Equal(["recorded", "reason", "recorded", "disputed"], items.Select(i => i.GetProperty("kind").GetString()));
        Assert.Equal([fromClaim, fromClaim, byHand, byHand], items.Select(i => i.GetProperty("caseId").GetGuid()));
        Assert.Contains("suspended the account", items[0].GetProperty("quote").GetString());
        Assert.Equal(accepted.GetProperty("actionId").GetGuid(), items[1].GetProperty("actionId").GetGuid());
        Assert.Equal("removed the posts", items[2].GetProperty("quote").GetString());
        Assert.Equal(actionId, items[3].GetProperty("actionId").GetGuid());
        Assert.Equal("other_date", items[3].GetProperty("disputeKind").GetString());
    }

    [Fact]
    public async Task Citations_are_paged_in_the_order_they_were_recorded()
    {
        var (sourceId, _) = await Ingest(Articles.Unique("A plain note that names no platform action at all."));
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        foreach (var type in new[] { "suspended", "reinstated", "warned" })
            await Ok(await _api.Post($"/api/cases/{caseId}/actions", new { type, source = new { outlet = "Daily Example", sourceId, quote = type } }));

        var second = await _api.Get($"/api/sources/{sourceId}/index?page=2&pageSize=2");

        Assert.Equal(3, second.GetProperty("total").GetInt64());
        Assert.Equal(2, second.GetProperty("page").GetInt32());
        Assert.Equal("warned", Assert.Single(second.GetProperty("items").EnumerateArray()).GetProperty("quote").GetString());
    }

    [Fact]
    public async Task An_unknown_source_is_not_found_even_when_a_case_cites_its_id()
    {
        var unknown = Guid.NewGuid();
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        await Ok(await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", source = new { outlet = "Somewhere", sourceId = unknown } }));

        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/sources/{unknown}/index"), HttpStatusCode.NotFound);

        Assert.Equal("/problems/source-not-found", problem.GetProperty("type").GetString());
    }
}
