using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class HistoryTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task As_of_a_past_moment_the_history_shows_only_what_was_known_then()
    {
        var (caseId, _) = await _api.OpenCase();
        await _api.RecordAction(caseId, "suspended", "2020-06-07");
        var between = (await _api.History(caseId)).GetProperty("updatedAt").GetDateTimeOffset();
        fixture.Clock.Step();
        await _api.RecordAction(caseId, "reinstated", "2020-06-10");

        var then = await _api.History(caseId, between.ToString("O"));
        var now = await _api.History(caseId);

        Assert.Equal(2, then.GetProperty("version").GetInt64());
        Assert.Equal(1, then.GetProperty("timeline").GetArrayLength());
        Assert.Equal("suspended", then.GetProperty("subjectStatus").GetString());
        Assert.True(then.GetProperty("restrictions")[0].GetProperty("open").GetBoolean());
        Assert.Equal(2, now.GetProperty("timeline").GetArrayLength());
        Assert.Equal("reinstated", now.GetProperty("subjectStatus").GetString());
    }

    [Fact]
    public async Task Events_are_stamped_by_the_hosts_clock()
    {
        fixture.Clock.Step(TimeSpan.FromMinutes(1));
        var realNow = DateTimeOffset.UtcNow;

        var (caseId, _) = await _api.OpenCase();

        var recorded = (await _api.History(caseId)).GetProperty("updatedAt").GetDateTimeOffset();
        Assert.True(recorded > realNow.AddSeconds(50), $"recorded {recorded:O}, real time {realNow:O}: the store did not use the host's clock");
    }

    [Fact]
    public async Task Before_the_case_was_opened_it_is_not_found()
    {
        var (caseId, _) = await _api.OpenCase();

        var response = await _api.Http.GetAsync($"/api/cases/{caseId}?asOf=2001-01-01T00:00:00Z");

        await ApiClient.Problem(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_timeline_orders_actions_by_when_they_happened_and_measures_restrictions()
    {
        var (caseId, _) = await _api.OpenCase();
        var reinstated = await _api.RecordAction(caseId, "reinstated", "2020-06-10", outlet: "Late");
        var suspended = await _api.RecordAction(caseId, "suspended", "2020-06-07", outlet: "Early");

        var history = await _api.History(caseId);

        var timeline = history.GetProperty("timeline");
        Assert.Equal(suspended, timeline[0].GetProperty("actionId").GetGuid());
        Assert.Equal(reinstated, timeline[1].GetProperty("actionId").GetGuid());
        var interval = Assert.Single(history.GetProperty("restrictions").EnumerateArray());
        Assert.False(interval.GetProperty("open").GetBoolean());
        Assert.Equal(3, interval.GetProperty("duration").GetProperty("amount").GetInt32());
        Assert.Equal("days", interval.GetProperty("duration").GetProperty("unit").GetString());
        Assert.Equal(3, history.GetProperty("totalRestricted").GetProperty("amount").GetInt32());
        Assert.Empty(timeline[1].GetProperty("flags").EnumerateArray());
    }

    [Fact]
    public async Task A_reinstatement_with_no_known_restriction_is_accepted_and_flagged()
    {
        var (caseId, _) = await _api.OpenCase();
        await _api.RecordAction(caseId, "reinstated", "2020-06-10");

        var entry = (await _api.History(caseId)).GetProperty("timeline")[0];

        Assert.Equal(["no_known_earlier_restriction"], entry.GetProperty("flags").EnumerateArray().Select(f => f.GetString()));
    }

    [Fact]
    public async Task The_case_list_pages_by_its_next_links_through_every_matching_case_once_newest_first()
    {
        var platform = ApiClient.UniquePlatform();
        var opened = new List<Guid>();
        for (var i = 0; i < 5; i++) opened.Add((await _api.OpenCase(platform, $"Keyset Subject {i}")).Item1);
        await _api.Post($"/api/cases/{opened[0]}/close", new { });
        var other = ApiClient.UniquePlatform();
        await _api.OpenCase(other, "Keyset Elsewhere");

        var seen = new List<Guid>();
        var pages = 0;
        string? next = $"/api/cases?platform={platform}&pageSize=2";
        while (next is not null)
        {
            var page = await _api.Get(next);
            pages++;
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
            next = page.GetProperty("next").GetString();
            if (next is not null) Assert.Contains($"platform={platform}", next);
        }

        Assert.Equal(3, pages);
        Assert.Equal(opened.Order(), seen.Order());
        // The case changed last (closed) comes first, the one opened last of the untouched ones next.
        Assert.Equal(opened[0], seen[0]);
        Assert.Equal(opened[4], seen[1]);
    }

    [Theory]
    [InlineData("after=not-a-token", "after")]
    [InlineData("after=MTIzNDU2Nzg5", "after")]
    [InlineData("after=MTIzNDU2Nzg5LjAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAwMDAx&page=2", "page")]
    public async Task A_cursor_the_list_did_not_give_is_a_400_naming_it(string query, string field)
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases?{query}"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_case_list_filters_by_platform_subject_status_and_action_and_pages()
    {
        var platform = ApiClient.UniquePlatform();
        var (a, _) = await _api.OpenCase(platform, "Alpha Group");
        var (b, _) = await _api.OpenCase(platform, "Beta Channel", "channel");
        var (c, _) = await _api.OpenCase(platform, "Gamma Alpha");
        await _api.RecordAction(a, "suspended");
        await _api.RecordAction(b, "content_removed");
        await _api.Post($"/api/cases/{c}/close", new { });

        var all = await _api.Get($"/api/cases?platform={platform.ToUpperInvariant()}");
        var alpha = await _api.Get($"/api/cases?platform={platform}&subject=alpha");
        var closed = await _api.Get($"/api/cases?platform={platform}&status=closed");
        var removed = await _api.Get($"/api/cases?platform={platform}&action=content_removed");
        var page2 = await _api.Get($"/api/cases?platform={platform}&page=2&pageSize=2");

        Assert.Equal(3, all.GetProperty("items").GetArrayLength());
        Assert.Equal([a, c], alpha.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()).Order());
        Assert.Equal(c, Assert.Single(closed.GetProperty("items").EnumerateArray()).GetProperty("id").GetGuid());
        var item = Assert.Single(removed.GetProperty("items").EnumerateArray());
        Assert.Equal(b, item.GetProperty("id").GetGuid());
        Assert.Equal("content_removed", item.GetProperty("subjectStatus").GetString());
        // An old client's numbered page still works (an offset), and the last page links to nothing.
        Assert.Equal(1, page2.GetProperty("items").GetArrayLength());
        Assert.Equal(JsonValueKind.Null, page2.GetProperty("next").ValueKind);
        // Newest change first: a was changed after c was opened, but c was closed last.
        Assert.Equal(c, all.GetProperty("items")[0].GetProperty("id").GetGuid());
    }
}
