using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Claims;

/// <summary>A reviewer corrects a claim's proposal while accepting it: the case records the correction, the claim stays as read.</summary>
[Collection(ApiCollection.Name)]
public sealed class ClaimEditTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private async Task<List<JsonElement>> IngestAsync(string group)
    {
        var body = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored(group), Articles.UniqueUrl())));
        return body.GetProperty("claims").EnumerateArray().ToList();
    }

    private Task<HttpResponseMessage> AcceptAsync(JsonElement claim, object body) =>
        _api.Post($"/api/claims/{claim.GetProperty("id").GetGuid()}/accept", body);

    [Fact]
    public async Task The_case_records_the_edited_platform_subject_action_date_and_reason_and_the_acceptance_says_what_changed()
    {
        var group = $"Heron {Articles.UniqueWord()} Circle";
        var claims = await IngestAsync(group);
        var suspension = claims.Single(c => c.GetProperty("action").GetString() == "suspended");
        var edited = $"{group} Foundation";

        var response = await AcceptAsync(suspension, new
        {
            overrides = new
            {
                platform = "facebook", subject = edited, subjectKind = "channel", action = "terminated", date = "2021-03-04",
                reasons = new[] { new { index = 0, category = "other_violation_tc", text = "bulk spam" } },
            },
        });

        var accepted = await ApiClient.Body(response);
        var history = await _api.History(accepted.GetProperty("caseId").GetGuid());
        Assert.Equal("Facebook", history.GetProperty("platform").GetString());
        Assert.Equal(edited, history.GetProperty("subject").GetProperty("name").GetString());
        Assert.Equal("channel", history.GetProperty("subject").GetProperty("kind").GetString());
        var action = Assert.Single(history.GetProperty("timeline").EnumerateArray());
        Assert.Equal("terminated", action.GetProperty("type").GetString());
        Assert.Equal("2021-03-04", action.GetProperty("occurredOn").GetProperty("value").GetString());
        var reason = Assert.Single(history.GetProperty("reasonsByParty").GetProperty("platform").EnumerateArray());
        Assert.Equal("other_violation_tc", reason.GetProperty("category").GetString());
        Assert.Equal("bulk spam", reason.GetProperty("text").GetString());

        // The claim keeps the extractor's reading; its acceptance records only what the reviewer changed.
        var claim = await _api.Get($"/api/claims/{suspension.GetProperty("id").GetGuid()}");
        Assert.Equal("accepted", claim.GetProperty("status").GetString());
        Assert.Equal("Twitter", claim.GetProperty("platform").GetString());
        Assert.Equal(group, claim.GetProperty("subject").GetString());
        Assert.Equal("suspended", claim.GetProperty("action").GetString());
        var edits = claim.GetProperty("edits");
        Assert.Equal("Facebook", edits.GetProperty("platform").GetString());
        Assert.Equal("terminated", edits.GetProperty("action").GetString());
        Assert.Equal("2021-03-04", edits.GetProperty("date").GetProperty("value").GetString());
        Assert.Equal(JsonValueKind.Null, edits.GetProperty("scope").ValueKind);
        var reasonEdit = Assert.Single(edits.GetProperty("reasons").EnumerateArray());
        Assert.Equal("other_violation_tc", reasonEdit.GetProperty("category").GetString());
        Assert.Equal(JsonValueKind.Null, reasonEdit.GetProperty("statedBy").ValueKind);
    }

    [Fact]
    public async Task Overrides_equal_to_the_claim_record_no_edits()
    {
        var group = $"Plover {Articles.UniqueWord()} Guild";
        var claims = await IngestAsync(group);
        var suspension = claims.Single(c => c.GetProperty("action").GetString() == "suspended");

        await ApiClient.Body(await AcceptAsync(suspension, new { overrides = new { platform = "Twitter", subject = group, action = "suspended" } }));

        var claim = await _api.Get($"/api/claims/{suspension.GetProperty("id").GetGuid()}");
        Assert.Equal(JsonValueKind.Null, claim.GetProperty("edits").ValueKind);
    }

    public static TheoryData<string, string> BadOverrides => new()
    {
        { """{"overrides":{"action":"vanished"}}""", "overrides.action" },
        { """{"overrides":{"date":"2021-02-30"}}""", "overrides.date.value" },
        { """{"overrides":{"platform":"Twiter"}}""", "overrides.platform" },
        { """{"overrides":{"subject":""}}""", "overrides.subject" },
        { """{"overrides":{"subjectKind":"planet"}}""", "overrides.subjectKind" },
        { """{"overrides":{"reasons":[{"category":"other_violation_tc"}]}}""", "overrides.reasons[0].index" },
        { """{"overrides":{"reasons":[{"index":0,"statedBy":"oracle"}]}}""", "overrides.reasons[0].statedBy" },
        { """{"overrides":{"reasons":[{"index":5}]}}""", "overrides.reasons.index" },
        { """{"overrides":{"colour":"red"}}""", "overrides.colour" },
    };

    [Theory]
    [MemberData(nameof(BadOverrides))]
    public async Task Bad_overrides_are_400_naming_the_field_and_leave_the_claim_pending(string body, string field)
    {
        var claims = await IngestAsync($"Tern {Articles.UniqueWord()} Union");
        var id = claims[0].GetProperty("id").GetGuid();

        var response = await _api.PostRaw($"/api/claims/{id}/accept", body);

        var problem = await ApiClient.Problem(response, HttpStatusCode.BadRequest);
        var errors = problem.GetProperty("errors").EnumerateObject().Select(e => e.Name).ToList();
        Assert.Contains(errors, e => string.Equals(e, field, StringComparison.OrdinalIgnoreCase));
        Assert.Equal("pending", (await _api.Get($"/api/claims/{id}")).GetProperty("status").GetString());
    }
}
