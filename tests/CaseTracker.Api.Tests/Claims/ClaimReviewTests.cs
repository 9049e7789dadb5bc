using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Claims;

[Collection(ApiCollection.Name)]
public sealed class ClaimReviewTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private async Task<(Guid SourceId, List<JsonElement> Claims)> Ingest(string text, string? url = null)
    {
        var body = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(text, url ?? Articles.UniqueUrl())));
        return (body.GetProperty("sourceId").GetGuid(), body.GetProperty("claims").EnumerateArray().ToList());
    }

    private Task<HttpResponseMessage> Accept(JsonElement claim, object? body = null) =>
        _api.Post($"/api/claims/{claim.GetProperty("id").GetGuid()}/accept", body ?? new { });

    [Fact]
    public async Task Accepting_claims_opens_one_case_for_their_subject_with_actions_reasons_and_quotes()
    {
        var group = $"Lantern {Articles.UniqueWord()} Collective";
        var (sourceId, claims) = await Ingest(Articles.SuspendedThenRestored(group));

        var first = await ApiClient.Body(await Accept(claims[0]));
        var second = await ApiClient.Body(await Accept(claims[1]));

        Assert.True(first.GetProperty("newCase").GetBoolean());
        Assert.False(second.GetProperty("newCase").GetBoolean());
        var caseId = first.GetProperty("caseId").GetGuid();
        Assert.Equal(caseId, second.GetProperty("caseId").GetGuid());
        var history = await _api.History(caseId);
        Assert.Equal("Twitter", history.GetProperty("platform").GetString());
        Assert.Equal(group, history.GetProperty("subject").GetProperty("name").GetString());
        var timeline = history.GetProperty("timeline");
        Assert.Equal(["suspended", "reinstated"], timeline.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal("2021-03-03", timeline[0].GetProperty("occurredOn").GetProperty("value").GetString());
        Assert.True(timeline[0].GetProperty("occurredOn").GetProperty("yearInferred").GetBoolean());
        var cited = timeline[0].GetProperty("sources")[0];
        Assert.Equal(sourceId, cited.GetProperty("source").GetProperty("sourceId").GetGuid());
        Assert.Contains("suspended the account", cited.GetProperty("quote").GetString());
        Assert.Equal(6, history.GetProperty("totalRestricted").GetProperty("amount").GetInt32());
        var reason = Assert.Single(history.GetProperty("reasonsByParty").GetProperty("platform").EnumerateArray());
        Assert.Contains("spam", reason.GetProperty("text").GetString());

        var accepted = await _api.Get($"/api/claims?status=accepted&sourceId={sourceId}");
        Assert.Equal(2, accepted.GetProperty("total").GetInt64());
        Assert.Equal(0, (await _api.Get($"/api/claims?sourceId={sourceId}")).GetProperty("total").GetInt64());
    }

    [Fact]
    public async Task A_second_source_reporting_the_same_action_corroborates_it()
    {
        var group = $"Delta {Articles.UniqueWord()} Watch";
        var (_, claimsA) = await Ingest(Articles.Unique($"Twitter suspended the account of the {group} on 3 March, the group said."));
        var (_, claimsB) = await Ingest(Articles.Unique($"The {group} said Twitter suspended its account on 3 March."));

        var first = await ApiClient.Body(await Accept(claimsA[0]));
        var second = await ApiClient.Body(await Accept(claimsB[0]));

        Assert.True(second.GetProperty("corroborated").GetBoolean());
        Assert.Equal(first.GetProperty("actionId").GetGuid(), second.GetProperty("actionId").GetGuid());
        var entry = Assert.Single((await _api.History(first.GetProperty("caseId").GetGuid())).GetProperty("timeline").EnumerateArray());
        Assert.Equal(2, entry.GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public async Task A_claim_can_be_accepted_into_a_case_the_analyst_chooses()
    {
        var (caseId, _) = await _api.OpenCase("Twitter", "Umbrella Case");
        var (_, claims) = await Ingest(Articles.SuspendedThenRestored($"Quill Society {Articles.UniqueWord()}"));

        var response = await Accept(claims[0], new { caseId, version = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(caseId, (await ApiClient.Body(response)).GetProperty("caseId").GetGuid());
        Assert.Equal("\"3\"", response.Headers.ETag?.Tag); // the action and the platform's reason
    }

    [Fact]
    public async Task A_claim_is_reviewed_once()
    {
        var (_, claims) = await Ingest(Articles.SuspendedThenRestored($"Marsh Lights {Articles.UniqueWord()}"));

        await Accept(claims[0]);
        var again = await Accept(claims[0]);
        var rejectAccepted = await _api.Post($"/api/claims/{claims[0].GetProperty("id").GetGuid()}/reject", new { reason = "too late" });

        Assert.Equal("/problems/claim-already-reviewed", (await ApiClient.Problem(again, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        await ApiClient.Problem(rejectAccepted, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task A_rejected_claim_keeps_why_and_lands_in_no_case()
    {
        var (_, claims) = await Ingest(Articles.SuspendedThenRestored($"Pine Forum {Articles.UniqueWord()}"));
        var id = claims[1].GetProperty("id").GetGuid();

        var missingReason = await _api.Post($"/api/claims/{id}/reject", new { });
        var rejected = await _api.Post($"/api/claims/{id}/reject", new { reason = "the article misreads a service change" });

        await ApiClient.Problem(missingReason, HttpStatusCode.BadRequest);
        Assert.Equal(HttpStatusCode.OK, rejected.StatusCode);
        var claim = await _api.Get($"/api/claims/{id}");
        Assert.Equal("rejected", claim.GetProperty("status").GetString());
        Assert.Equal("the article misreads a service change", claim.GetProperty("rejectionReason").GetString());
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("caseId").ValueKind);
    }

    [Fact]
    public async Task Unknown_claims_are_404()
    {
        await ApiClient.Problem(await _api.Post($"/api/claims/{Guid.NewGuid()}/accept", new { }), HttpStatusCode.NotFound);
        await ApiClient.Problem(await _api.Post($"/api/claims/{Guid.NewGuid()}/reject", new { reason = "r" }), HttpStatusCode.NotFound);
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/claims/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Accepting_into_an_unknown_case_is_404_and_leaves_the_claim_pending()
    {
        var (_, claims) = await Ingest(Articles.SuspendedThenRestored($"Reed Circle {Articles.UniqueWord()}"));
        var id = claims[0].GetProperty("id").GetGuid();

        var response = await _api.Post($"/api/claims/{id}/accept", new { caseId = Guid.NewGuid() });

        await ApiClient.Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("pending", (await _api.Get($"/api/claims/{id}")).GetProperty("status").GetString());
    }

    [Fact]
    public async Task The_queue_filters_by_platform_and_language()
    {
        var (sourceId, _) = await Ingest(Articles.SuspendedThenRestored($"Filter Test Group {Articles.UniqueWord()}"));

        var twitter = await _api.Get($"/api/claims?status=pending&platform=twitter&language=en&sourceId={sourceId}");
        var youtube = await _api.Get($"/api/claims?platform=YouTube&sourceId={sourceId}");
        var french = await _api.Get($"/api/claims?language=fr&sourceId={sourceId}");

        Assert.Equal(2, twitter.GetProperty("total").GetInt64());
        Assert.Equal(0, youtube.GetProperty("total").GetInt64());
        Assert.Equal(0, french.GetProperty("total").GetInt64());
        await ApiClient.Problem(await _api.Http.GetAsync("/api/claims?status=maybe"), HttpStatusCode.BadRequest);
    }
}
