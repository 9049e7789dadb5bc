using System.Net;
using System.Text;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class CaseExportTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private static readonly string[] RowColumns =
    [
        "caseId", "platform", "subject", "subjectKind", "subjectHandle", "actionId", "action", "occurredOn", "occurredOnPrecision",
        "yearInferred", "approximate", "scope", "firstReportedAt", "sourceCount", "independentSourceCount", "sources", "sourceUrls",
        "firstQuote", "reasons", "disputed", "contradicted", "withdrawn", "flags",
    ];

    [Fact]
    public async Task A_case_as_csv_reads_back_with_its_columns_commas_quotes_newlines_and_accents_intact()
    {
        const string subject = "Café \"Liberté\", Genève";
        const string quote = "Le compte a été suspendu, a-t-il dit.\n« Sans explication », selon \"Zoom\".";
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform(), subject);
        var suspended = await ExportClient.RecordAction(_api, caseId, "suspended", "2020-06-07", "Le Monde, Paris", quote, url: "https://lemonde.example/a");
        await ExportClient.RecordAction(_api, caseId, "reinstated", "2020-06-10", "Reuters");
        await ExportClient.StateReason(_api, caseId, suspended, "platform", "legal_compliance_local_law", "Participants must comply with local laws.");

        var (response, text) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal($"case-{caseId}.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.EndsWith("\r\n", text);
        var (header, rows) = ExportClient.ReadCsv(text);
        Assert.Equal(RowColumns, header);
        Assert.Equal(2, rows.Count);
        var first = rows[0];
        Assert.Equal(caseId.ToString(), first["caseId"]);
        Assert.Equal(subject, first["subject"]);
        Assert.Equal("suspended", first["action"]);
        Assert.Equal("2020-06-07", first["occurredOn"]);
        Assert.Equal("day", first["occurredOnPrecision"]);
        Assert.Equal("false", first["yearInferred"]);
        Assert.Equal(quote, first["firstQuote"]);
        Assert.Equal("Le Monde, Paris", first["sources"]);
        Assert.Equal("https://lemonde.example/a", first["sourceUrls"]);
        Assert.Equal("platform:legal_compliance_local_law:Participants must comply with local laws.", first["reasons"]);
        Assert.Equal("1", first["sourceCount"]);
        Assert.Equal("reinstated", rows[1]["action"]);
        // Accents travel as UTF-8 bytes, with no byte order mark in front of the header.
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'c', bytes[0]);
        Assert.Contains("Café", Encoding.UTF8.GetString(bytes));
    }

    [Fact]
    public async Task Cells_that_a_spreadsheet_would_run_as_formulas_are_neutralised()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "=cmd|' /C calc'!A0");
        await ExportClient.RecordAction(_api, caseId, "content_removed", null, "@evil", "=HYPERLINK(\"http://evil.example\",\"click\")");
        await ExportClient.RecordAction(_api, caseId, "warned", null, "+plus", "-2+3");

        var (_, text) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export");

        var (_, rows) = ExportClient.ReadCsv(text);
        Assert.Equal("'=cmd|' /C calc'!A0", rows[0]["subject"]);
        Assert.Equal("'=HYPERLINK(\"http://evil.example\",\"click\")", rows[0]["firstQuote"]);
        Assert.Equal("'@evil", rows[0]["sources"]);
        Assert.Equal("'+plus", rows[1]["sources"]);
        Assert.Equal("'-2+3", rows[1]["firstQuote"]);
        Assert.DoesNotContain(",=", text);
        Assert.DoesNotContain(",@", text);
    }

    [Fact]
    public async Task The_json_export_is_the_case_history_itself_and_json_rows_match_the_csv_rows()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "Humanitarian China");
        await ExportClient.RecordAction(_api, caseId, "suspended", "2020-06-07", "Axios", "Zoom closed the account.");
        await ExportClient.RecordAction(_api, caseId, "reinstated", null, "Zoom blog", "The account was reactivated.");

        var (response, text) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=json");
        var history = await _api.History(caseId);
        var rows = await ExportClient.Json(_api, $"/api/cases/{caseId}/export?format=json&shape=rows");
        var (_, csvRows) = ExportClient.ReadCsv((await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=csv&shape=rows")).Text);

        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"case-{caseId}.json", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal(history.GetRawText(), System.Text.Json.JsonDocument.Parse(text).RootElement.GetRawText());
        Assert.Equal(2, rows.GetArrayLength());
        Assert.Equal(csvRows.Select(r => r["actionId"]), rows.EnumerateArray().Select(r => r.GetProperty("actionId").GetString()));
        Assert.Equal(RowColumns, rows[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("Zoom closed the account.", rows[0].GetProperty("firstQuote").GetString());
    }

    [Fact]
    public async Task As_of_a_past_moment_the_export_holds_only_what_was_known_then()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        await ExportClient.RecordAction(_api, caseId, "suspended", "2020-06-07", "Early");
        var between = (await _api.History(caseId)).GetProperty("updatedAt").GetDateTimeOffset();
        fixture.Clock.Step();
        await ExportClient.RecordAction(_api, caseId, "reinstated", "2020-06-10", "Late");

        var (_, then) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=csv&asOf={Uri.EscapeDataString(between.ToString("O"))}");
        var (_, now) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=csv");

        Assert.Equal(["suspended"], ExportClient.ReadCsv(then).Rows.Select(r => r["action"]));
        Assert.Equal(["suspended", "reinstated"], ExportClient.ReadCsv(now).Rows.Select(r => r["action"]));
    }

    [Theory]
    [InlineData("format=xlsx", "format", "/problems/bad-export-format")]
    [InlineData("format=csv&shape=document", "shape", "/problems/bad-export-shape")]
    [InlineData("format=json&shape=pdf", "shape", "/problems/bad-export-shape")]
    [InlineData("asOf=yesterday", "asOf", "/problems/bad-as-of")]
    public async Task Bad_parameters_are_refused_with_a_problem_naming_the_parameter(string query, string field, string type)
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());

        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{caseId}/export?{query}"), HttpStatusCode.BadRequest);

        Assert.Equal(type, problem.GetProperty("type").GetString());
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task An_unknown_case_is_not_found()
    {
        var problem = await ApiClient.Problem(await _api.Http.GetAsync($"/api/cases/{Guid.NewGuid()}/export?format=csv"), HttpStatusCode.NotFound);

        Assert.Equal("/problems/case-not-found", problem.GetProperty("type").GetString());
    }
}
