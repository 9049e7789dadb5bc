using System.Net;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class ListAndSubjectExportTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task The_case_list_export_holds_exactly_the_cases_the_filters_select()
    {
        var platform = ApiClient.UniquePlatform();
        var (a, _) = await _api.OpenCase(platform, "Alpha Group");
        var (b, _) = await _api.OpenCase(platform, "Beta Channel", "channel");
        var (c, _) = await _api.OpenCase(platform, "Gamma Alpha");
        await ExportClient.RecordAction(_api, a, "suspended", "2020-01-01", "One");
        await ExportClient.RecordAction(_api, b, "content_removed", "2020-01-02", "Two");
        await ExportClient.RecordAction(_api, c, "suspended", "2020-01-03", "Three");
        Assert.True((await _api.Post($"/api/cases/{c}/close", new { rationale = "Done." })).IsSuccessStatusCode);

        async Task<IEnumerable<string>> Cases(string query) =>
            ExportClient.ReadCsv((await ExportClient.Download(_api, $"/api/cases/export?platform={platform}&{query}")).Text).Rows.Select(r => r["caseId"]).Order();

        Assert.Equal(new[] { a, b, c }.Select(g => g.ToString()).Order(), await Cases("format=csv"));
        Assert.Equal(new[] { a, c }.Select(g => g.ToString()).Order(), await Cases("action=suspended"));
        Assert.Equal([a.ToString()], await Cases("action=suspended&status=open"));
        Assert.Equal(new[] { a, c }.Select(g => g.ToString()).Order(), await Cases($"subject={Uri.EscapeDataString("ALPHA")}"));

        var histories = await ExportClient.Json(_api, $"/api/cases/export?platform={platform.ToUpperInvariant()}&format=json&status=closed");
        Assert.Equal(c, Assert.Single(histories.EnumerateArray()).GetProperty("id").GetGuid());
        var problem = await ApiClient.Problem(await _api.Http.GetAsync("/api/cases/export?action=banned"), HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("action", out _));
    }

    [Fact]
    public async Task A_subject_export_gathers_its_cases_across_platforms_under_any_spelling_of_its_name()
    {
        var name = $"Ünïque {Guid.NewGuid():N}";
        var (onOne, _) = await _api.OpenCase(ApiClient.UniquePlatform(), name);
        var (onOther, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "@" + name.ToUpperInvariant());
        await ExportClient.RecordAction(_api, onOne, "suspended", "2020-06-07", "One");
        await ExportClient.RecordAction(_api, onOther, "terminated", "2021-01-01", "Two");

        var rows = await ExportClient.Json(_api, $"/api/subjects/{Uri.EscapeDataString("  " + name.ToLowerInvariant())}/export?format=json&shape=rows");
        var (response, _) = await ExportClient.Download(_api, $"/api/subjects/{Uri.EscapeDataString(name)}/export?format=csv&shape=dsa");

        Assert.Equal(new[] { onOne, onOther }.Order(), rows.EnumerateArray().Select(r => r.GetProperty("caseId").GetGuid()).Order());
        Assert.StartsWith("subject-", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        await ApiClient.Problem(await _api.Http.GetAsync($"/api/subjects/nobody-{Guid.NewGuid():N}/export"), HttpStatusCode.NotFound);
    }
}
