using System.Net;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Histories;

[Collection(ApiCollection.Name)]
public sealed class MergeTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Merged_cases_become_one_history_and_the_absorbed_one_redirects()
    {
        var platform = ApiClient.UniquePlatform();
        var (survivor, _) = await _api.OpenCase(platform, "Open Lens Collective");
        var (absorbed, _) = await _api.OpenCase(platform, "Open Lens");
        await _api.RecordAction(survivor, "suspended", "2022-05-01", outlet: "First Outlet");
        await _api.RecordAction(absorbed, "suspended", "2022-05-01", outlet: "Second Outlet");
        await _api.RecordAction(absorbed, "reinstated", "2022-05-09", outlet: "Second Outlet");

        var merge = await _api.Post("/api/cases/merge", new { survivorId = survivor, absorbedId = absorbed, rationale = "one collective, two spellings" });

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        var history = await _api.History(survivor);
        var timeline = history.GetProperty("timeline");
        Assert.Equal(["suspended", "reinstated"], timeline.EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(2, timeline[0].GetProperty("sourceCount").GetInt32());
        Assert.Equal([absorbed], history.GetProperty("mergedFrom").EnumerateArray().Select(m => m.GetGuid()));
        Assert.Equal(8, history.GetProperty("totalRestricted").GetProperty("amount").GetInt32());

        var redirect = await fixture.NonRedirectingClient().GetAsync($"/api/cases/{absorbed}?occurredFrom=2022");
        Assert.Equal(HttpStatusCode.PermanentRedirect, redirect.StatusCode);
        Assert.Equal($"/api/cases/{survivor}?occurredFrom=2022", redirect.Headers.Location?.ToString());
        var write = await _api.Post($"/api/cases/{absorbed}/notes", new { text = "late note" });
        Assert.Equal("/problems/case-merged", (await ApiClient.Problem(write, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var list = await _api.Get($"/api/cases?platform={platform}");
        Assert.Equal([survivor], list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid()));
    }

    [Fact]
    public async Task Cases_on_different_platforms_or_unknown_cases_do_not_merge()
    {
        var (a, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "Same Name");
        var (b, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "Same Name");

        var different = await _api.Post("/api/cases/merge", new { survivorId = a, absorbedId = b, rationale = "r" });
        var unknown = await _api.Post("/api/cases/merge", new { survivorId = a, absorbedId = Guid.NewGuid(), rationale = "r" });
        var invalid = await _api.Post("/api/cases/merge", new { survivorId = a });

        Assert.Equal("/problems/different-platforms", (await ApiClient.Problem(different, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        await ApiClient.Problem(unknown, HttpStatusCode.NotFound);
        await ApiClient.Problem(invalid, HttpStatusCode.BadRequest);
        Assert.Equal(1, await _api.EventCount(a));
        Assert.Equal(1, await _api.EventCount(b));
    }

    [Fact]
    public async Task Merged_subject_names_share_one_subject_history_across_platforms()
    {
        var word = Articles.UniqueWord();
        var (onYouTube, _) = await _api.OpenCase(ApiClient.UniquePlatform(), $"{word} Media", "channel");
        var (onTelegram, _) = await _api.OpenCase(ApiClient.UniquePlatform(), $"{word} Media Group", "channel");
        await _api.RecordAction(onYouTube, "geo_blocked", "2023-01-10");
        await _api.RecordAction(onTelegram, "terminated", "2023-02-01");
        var before = await _api.Get($"/api/subjects/{word} media/history");
        fixture.Clock.Step();
        var beforeMerge = fixture.Clock.GetUtcNow();
        fixture.Clock.Step();

        var merge = await _api.Post("/api/subjects/merge", new { survivor = $"{word} Media", absorbed = $"{word} media group", rationale = "renamed in 2023" });
        var again = await _api.Post("/api/subjects/merge", new { survivor = $"{word} Media", absorbed = $"{word} Media Group", rationale = "twice" });
        var cycle = await _api.Post("/api/subjects/merge", new { survivor = $"{word} Media Group", absorbed = $"{word} Media", rationale = "back" });

        Assert.Equal(HttpStatusCode.OK, merge.StatusCode);
        await ApiClient.Problem(again, HttpStatusCode.Conflict);
        Assert.Equal("/problems/subject-merge-cycle", (await ApiClient.Problem(cycle, HttpStatusCode.Conflict)).GetProperty("type").GetString());
        var after = await _api.Get($"/api/subjects/{word} Media Group/history");
        Assert.Equal(2, after.GetProperty("cases").GetArrayLength());
        Assert.Equal(["geo_blocked", "terminated"], after.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("entry").GetProperty("type").GetString()));
        var asOfBefore = await _api.Get($"/api/subjects/{word} media group/history?asOf={Uri.EscapeDataString(beforeMerge.ToString("O"))}");
        Assert.Equal([onTelegram], asOfBefore.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
        Assert.Equal([onYouTube], before.GetProperty("cases").EnumerateArray().Select(c => c.GetProperty("caseId").GetGuid()));
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/subjects/{Articles.UniqueWord()}/history"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_timeline_can_be_filtered_by_when_actions_happened()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "Filter Subject");
        await _api.RecordAction(caseId, "suspended", "2020-06-07");
        await _api.RecordAction(caseId, "reinstated", "2020-07");
        await _api.RecordAction(caseId, "terminated", "2021");
        await _api.RecordAction(caseId, "warned");

        var june = await _api.Get($"/api/cases/{caseId}?occurredFrom=2020-06&occurredTo=2020-06-30");
        var from2020h2 = await _api.Get($"/api/cases/{caseId}?occurredFrom=2020-07-15");

        Assert.Equal(["suspended"], june.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        Assert.Equal(["reinstated", "terminated"], from2020h2.GetProperty("timeline").EnumerateArray().Select(t => t.GetProperty("type").GetString()));
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{caseId}?occurredFrom=--06-07"), HttpStatusCode.BadRequest);
    }
}
