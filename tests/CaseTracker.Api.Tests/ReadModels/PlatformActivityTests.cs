using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.ReadModels;

[Collection(ApiCollection.Name)]
public sealed class PlatformActivityTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private static readonly string ThisMonth = DateTime.UtcNow.ToString("yyyy-MM");

    private async Task<Guid> StateReason(Guid caseId, string category, Guid? actionId = null, string statedBy = "platform")
    {
        var response = await _api.Post($"/api/cases/{caseId}/reasons", new
        {
            statedBy, category, text = $"Reason {Guid.NewGuid():N}", actionId, source = new { outlet = $"Outlet {Guid.NewGuid():N}" },
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await ApiClient.Body(response)).GetProperty("id").GetGuid();
    }

    private Task<Guid> Record(Guid caseId, string type, string? date) => _api.RecordAction(caseId, type, date, outlet: $"Outlet {Guid.NewGuid():N}");

    private async Task<JsonElement> Activity(string platform, string query = "")
    {
        await AsyncProjections.CaughtUp(fixture);
        return await _api.Get($"/api/platforms/{Uri.EscapeDataString(platform)}/activity{query}");
    }

    private static Dictionary<string, int> Counts(JsonElement month, string property) =>
        month.GetProperty(property).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetInt32());

    [Fact]
    public async Task Actions_count_by_type_and_reasons_by_category_in_the_month_they_happened_newest_month_first()
    {
        var platform = ApiClient.UniquePlatform();
        var (first, _) = await _api.OpenCase(platform, "Humanitarian China");
        var (second, _) = await _api.OpenCase(platform.ToUpperInvariant(), "Another Group");
        var suspended = await Record(first, "suspended", "2020-06-07");
        await Record(first, "reinstated", "2020-06-10");
        await Record(second, "suspended", "2020-06");
        await Record(second, "content_removed", "2020-05-28");
        await Record(second, "geo_blocked", "--06-07"); // no year: counted apart, in the unknown month
        await StateReason(first, "legal_compliance_local_law", suspended);
        await StateReason(first, "not_stated", suspended, statedBy: "subject");
        await StateReason(second, "government_request"); // for no action: the month it was recorded

        var page = await Activity(platform.ToLowerInvariant());

        Assert.Equal(platform, page.GetProperty("platform").GetString(), ignoreCase: true);
        Assert.Equal(4, page.GetProperty("total").GetInt64());
        var months = page.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal([ThisMonth, "2020-06", "2020-05", "unknown"], months.Select(m => m.GetProperty("month").GetString()));
        var june = months[1];
        Assert.Equal(3, june.GetProperty("actions").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["reinstated"] = 1, ["suspended"] = 2 }, Counts(june, "actionsByType"));
        Assert.Equal(new Dictionary<string, int> { ["legal_compliance_local_law"] = 1, ["not_stated"] = 1 }, Counts(june, "reasonsByCategory"));
        Assert.Equal(2, june.GetProperty("cases").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["content_removed"] = 1 }, Counts(months[2], "actionsByType"));
        Assert.Equal(new Dictionary<string, int> { ["geo_blocked"] = 1 }, Counts(months[3], "actionsByType"));
        Assert.Empty(Counts(months[0], "actionsByType"));
        Assert.Equal(new Dictionary<string, int> { ["government_request"] = 1 }, Counts(months[0], "reasonsByCategory"));
    }

    [Fact]
    public async Task A_withdrawn_action_no_longer_counts_nor_do_the_reasons_given_for_it()
    {
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await _api.OpenCase(platform);
        await Record(caseId, "suspended", "2021-01-05");
        var mistaken = await Record(caseId, "terminated", "2021-01-20");
        var lone = await Record(caseId, "warned", "2021-02-01");
        await StateReason(caseId, "scams_and_fraud", mistaken);
        Assert.Equal(2, (await Activity(platform)).GetProperty("total").GetInt64());

        foreach (var actionId in new[] { mistaken, lone })
        {
            var response = await _api.Post($"/api/cases/{caseId}/actions/{actionId}/withdraw", new { rationale = "Recorded in error." });
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
        var page = await Activity(platform);

        var january = Assert.Single(page.GetProperty("items").EnumerateArray()); // February had only the withdrawn warning
        Assert.Equal("2021-01", january.GetProperty("month").GetString());
        Assert.Equal(1, january.GetProperty("actions").GetInt32());
        Assert.Equal(new Dictionary<string, int> { ["suspended"] = 1 }, Counts(january, "actionsByType"));
        Assert.Equal(0, january.GetProperty("reasons").GetInt32());
    }

    [Fact]
    public async Task Merged_cases_count_each_action_once()
    {
        var platform = ApiClient.UniquePlatform();
        var (survivor, _) = await _api.OpenCase(platform, "Quill Society");
        var (absorbed, _) = await _api.OpenCase(platform, "The Quill Society");
        await Record(survivor, "suspended", "2022-04-02");
        await Record(absorbed, "suspended", "2022-04-02"); // the same suspension: becomes a second source
        var removal = await Record(absorbed, "content_removed", "2022-04-03");
        await StateReason(absorbed, "violence", removal);
        await Activity(platform);

        var merged = await _api.Post("/api/cases/merge", new { survivorId = survivor, absorbedId = absorbed, rationale = "Same group." });
        Assert.True(merged.IsSuccessStatusCode, await merged.Content.ReadAsStringAsync());
        var april = Assert.Single((await Activity(platform)).GetProperty("items").EnumerateArray());

        Assert.Equal(new Dictionary<string, int> { ["content_removed"] = 1, ["suspended"] = 1 }, Counts(april, "actionsByType"));
        Assert.Equal(new Dictionary<string, int> { ["violence"] = 1 }, Counts(april, "reasonsByCategory"));
        Assert.Equal(1, april.GetProperty("cases").GetInt32());
    }

    [Fact]
    public async Task Months_can_be_bounded_and_paged()
    {
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await _api.OpenCase(platform);
        foreach (var month in new[] { "2019-01", "2019-02", "2019-03", "2019-04" }) await Record(caseId, "restricted", month);

        var bounded = await Activity(platform, "?from=2019-02&to=2019-04&page=2&pageSize=2");

        Assert.Equal(3, bounded.GetProperty("total").GetInt64());
        Assert.Equal(2, bounded.GetProperty("page").GetInt32());
        Assert.Equal("2019-02", Assert.Single(bounded.GetProperty("items").EnumerateArray()).GetProperty("month").GetString());
    }

    [Fact]
    public async Task One_month_across_platforms_lists_each_platform_that_acted()
    {
        var busy = ApiClient.UniquePlatform();
        var quiet = ApiClient.UniquePlatform();
        var (busyCase, _) = await _api.OpenCase(busy);
        var (quietCase, _) = await _api.OpenCase(quiet);
        await Record(busyCase, "suspended", "1999-12-01");
        await Record(busyCase, "reinstated", "1999-12-09");
        await Record(quietCase, "demonetized", "1999-12");
        await AsyncProjections.CaughtUp(fixture);

        var page = await _api.Get("/api/platforms/activity?month=1999-12&pageSize=100");

        var ours = page.GetProperty("items").EnumerateArray().Where(i => i.GetProperty("platform").GetString() is var p && (p == busy || p == quiet)).ToList();
        Assert.Equal([busy, quiet], ours.Select(i => i.GetProperty("platform").GetString()));
        Assert.Equal([2, 1], ours.Select(i => i.GetProperty("actions").GetInt32()));
    }

    [Theory]
    [InlineData("?from=June", "from")]
    [InlineData("?to=2020-13", "to")]
    [InlineData("?from=2020-06&to=2020-05", "to")]
    [InlineData("?pageSize=1000", "pageSize")]
    public async Task A_bad_month_or_page_is_a_validation_problem_naming_the_field(string query, string field)
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/platforms/Zoom/activity{query}"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.ToString());
    }

    [Fact]
    public async Task The_month_across_platforms_is_required()
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync("/api/platforms/activity"), HttpStatusCode.BadRequest);

        Assert.True(problem.GetProperty("errors").TryGetProperty("month", out _));
    }
}
