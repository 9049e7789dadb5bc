using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CaseWritesTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Opening_a_case_answers_201_with_its_location_and_version()
    {
        var response = await _api.Post("/api/cases", new { platform = "YouTube", subject = new { name = "Channel A", kind = "channel", handle = "@channela", country = "ru" }, title = "Channel A removed" });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = await ApiClient.Body(response);
        var id = body.GetProperty("caseId").GetGuid();
        Assert.Equal($"/api/cases/{id}", response.Headers.Location?.ToString());
        Assert.Equal("\"1\"", response.Headers.ETag?.Tag);

        var history = await _api.History(id);
        Assert.Equal("YouTube", history.GetProperty("platform").GetString());
        Assert.Equal("channel", history.GetProperty("subject").GetProperty("kind").GetString());
        Assert.Equal("RU", history.GetProperty("subject").GetProperty("country").GetString());
        Assert.Equal("open", history.GetProperty("status").GetString());
        Assert.Equal("no_known_action", history.GetProperty("subjectStatus").GetString());
    }

    [Fact]
    public async Task Recording_an_action_returns_its_id_and_the_new_version()
    {
        var (caseId, _) = await _api.OpenCase();
        var response = await _api.Post($"/api/cases/{caseId}/actions", new
        {
            type = "geo_blocked", occurredOn = new { value = "2021-03" }, scope = "India",
            source = new { outlet = "Example Times", url = "https://example.org/a?utm_source=x", publishedOn = "2021-03-05", language = "en", quote = "withheld in India" },
        }, ifMatch: 1);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Equal("\"2\"", response.Headers.ETag?.Tag);
        var actionId = (await ApiClient.Body(response)).GetProperty("id").GetGuid();
        var entry = (await _api.History(caseId)).GetProperty("timeline")[0];
        Assert.Equal(actionId, entry.GetProperty("actionId").GetGuid());
        Assert.Equal("geo_blocked", entry.GetProperty("type").GetString());
        Assert.Equal("2021-03", entry.GetProperty("occurredOn").GetProperty("value").GetString());
        Assert.Equal("month", entry.GetProperty("occurredOn").GetProperty("precision").GetString());
        Assert.Equal("India", entry.GetProperty("scope").GetString());
        Assert.Equal("withheld in India", entry.GetProperty("sources")[0].GetProperty("quote").GetString());
    }

    [Fact]
    public async Task A_second_source_corroborates_and_the_same_source_twice_changes_nothing()
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "suspended", "2020-06-07", url: "https://a.example/story");

        var first = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/sources", new { source = new { outlet = "Other Daily", url = "https://b.example/story", quote = "the account was suspended" } });
        var again = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/sources", new { source = new { outlet = "Other Daily", url = "https://www.b.example/story/?utm_medium=social#top" } });

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True((await ApiClient.Body(first)).GetProperty("changed").GetBoolean());
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.False((await ApiClient.Body(again)).GetProperty("changed").GetBoolean());
        Assert.Equal(3, await _api.EventCount(caseId));
        Assert.Equal(2, (await _api.History(caseId)).GetProperty("timeline")[0].GetProperty("sourceCount").GetInt32());
    }

    [Fact]
    public async Task The_same_source_reporting_the_same_action_again_returns_the_existing_action()
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "suspended", "2020-06-07", url: "https://a.example/story");

        var again = await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", occurredOn = new { value = "2020-06-07" }, source = new { outlet = "A", url = "https://a.example/story" } });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(actionId, (await ApiClient.Body(again)).GetProperty("id").GetGuid());
        Assert.Equal(2, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_dispute_is_kept_beside_the_action_and_flags_it()
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "suspended", "2020-06-07");

        var response = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/disputes", new
        {
            kind = "other_date", claimedDate = new { value = "2020-06-08" }, note = "says the 8th",
            source = new { outlet = "Second Outlet", quote = "closed on 8 June" },
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entry = (await _api.History(caseId)).GetProperty("timeline")[0];
        Assert.True(entry.GetProperty("disputed").GetBoolean());
        var dispute = entry.GetProperty("disputes")[0];
        Assert.Equal("other_date", dispute.GetProperty("kind").GetString());
        Assert.Equal("2020-06-08", dispute.GetProperty("claimedDate").GetProperty("value").GetString());
        Assert.Equal("2020-06-07", entry.GetProperty("occurredOn").GetProperty("value").GetString());
    }

    [Fact]
    public async Task A_withdrawn_action_stays_in_the_history_but_no_longer_counts()
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "terminated", "2022-01-01");

        var response = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/withdraw", new { rationale = "wrong account" });
        var corroborate = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/sources", new { source = new { outlet = "Late Outlet" } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await ApiClient.Problem(corroborate, HttpStatusCode.Conflict);
        var history = await _api.History(caseId);
        Assert.Equal("wrong account", history.GetProperty("timeline")[0].GetProperty("withdrawn").GetProperty("rationale").GetString());
        Assert.Equal("no_known_action", history.GetProperty("subjectStatus").GetString());
        Assert.Equal(0, history.GetProperty("restrictions").GetArrayLength());
    }

    [Fact]
    public async Task Reasons_are_grouped_by_who_stated_them_and_attached_to_their_action()
    {
        var (caseId, _) = await _api.OpenCase();
        var actionId = await _api.RecordAction(caseId, "suspended");

        var platform = await _api.Post($"/api/cases/{caseId}/reasons", new { actionId, statedBy = "platform", category = "legal_compliance_local_law", text = "participants must comply with local laws", source = new { outlet = "A" } });
        var subject = await _api.Post($"/api/cases/{caseId}/reasons", new { statedBy = "subject", category = "not_stated", text = "no explanation received", source = new { outlet = "A" } });

        Assert.Equal(HttpStatusCode.Created, platform.StatusCode);
        Assert.Equal(HttpStatusCode.Created, subject.StatusCode);
        var history = await _api.History(caseId);
        var byParty = history.GetProperty("reasonsByParty");
        Assert.Equal("legal_compliance_local_law", byParty.GetProperty("platform")[0].GetProperty("category").GetString());
        Assert.Equal("not_stated", byParty.GetProperty("subject")[0].GetProperty("category").GetString());
        Assert.Equal(1, history.GetProperty("timeline")[0].GetProperty("reasons").GetArrayLength());
    }

    [Fact]
    public async Task A_reason_for_an_unknown_action_is_404_and_writes_nothing()
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.Post($"/api/cases/{caseId}/reasons", new { actionId = Guid.NewGuid(), statedBy = "platform", category = "violence", text = "t", source = new { outlet = "A" } });

        var problem = await ApiClient.Problem(response, HttpStatusCode.NotFound);
        Assert.Equal("/problems/action-not-found", problem.GetProperty("type").GetString());
        Assert.Equal(1, await _api.EventCount(caseId));
    }

    [Fact]
    public async Task A_closed_case_takes_notes_but_no_actions_until_reopened()
    {
        var (caseId, _) = await _api.OpenCase();

        var close = await _api.Post($"/api/cases/{caseId}/close", new { rationale = "done" });
        var closeAgain = await _api.Post($"/api/cases/{caseId}/close", new { });
        var refused = await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", source = new { outlet = "A" } });
        var note = await _api.Post($"/api/cases/{caseId}/notes", new { text = "asked the platform for comment" });
        var reopen = await _api.Post($"/api/cases/{caseId}/reopen", new { });
        var accepted = await _api.Post($"/api/cases/{caseId}/actions", new { type = "suspended", source = new { outlet = "A" } });

        Assert.Equal(HttpStatusCode.OK, close.StatusCode);
        Assert.False((await ApiClient.Body(closeAgain)).GetProperty("changed").GetBoolean());
        Assert.Equal("/problems/case-closed", (await ApiClient.Problem(refused, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        Assert.Equal(HttpStatusCode.Created, note.StatusCode);
        Assert.Equal(HttpStatusCode.OK, reopen.StatusCode);
        Assert.Equal(HttpStatusCode.Created, accepted.StatusCode);
        var history = await _api.History(caseId);
        Assert.Equal("open", history.GetProperty("status").GetString());
        Assert.Equal("asked the platform for comment", history.GetProperty("notes")[0].GetProperty("text").GetString());
    }

    [Fact]
    public async Task The_events_endpoint_shows_every_event_with_its_recorded_time()
    {
        var (caseId, _) = await _api.OpenCase();
        await _api.RecordAction(caseId, "suspended");

        var events = await _api.Get($"/api/cases/{caseId}/events");

        Assert.Equal(["case_opened", "action_recorded"], events.EnumerateArray().Select(e => e.GetProperty("type").GetString()));
        Assert.Equal([1L, 2L], events.EnumerateArray().Select(e => e.GetProperty("version").GetInt64()));
        Assert.All(events.EnumerateArray(), e => Assert.True(e.GetProperty("recordedAt").GetDateTimeOffset() > DateTimeOffset.UtcNow.AddMinutes(-5)));
        Assert.Equal("suspended", events[1].GetProperty("data").GetProperty("type").GetString());
    }
}
