using System.Text.Json;
using CaseTracker.Api.Tests.Support;

namespace CaseTracker.Api.Tests.Export;

[Collection(ApiCollection.Name)]
public sealed class DsaExportTests(ApiFixture fixture)
{
    private readonly ApiClient _api = new(fixture.Client());

    private static JsonElement Statement(JsonElement statements, Guid actionId) =>
        statements.EnumerateArray().Single(s => s.GetProperty("tracker_action_id").GetGuid() == actionId);

    private static string[] Strings(JsonElement array) => array.EnumerateArray().Select(e => e.GetString() ?? "").ToArray();

    [Fact]
    public async Task Actions_become_dsa_statements_with_decision_fields_category_ground_scope_and_dates()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform(), "Open Voices");
        var suspended = await ExportClient.RecordAction(_api, caseId, "suspended", "2020-06-07", "Axios");
        var reinstated = await ExportClient.RecordAction(_api, caseId, "reinstated", "2020-06-10", "Axios");
        var geoBlocked = await ExportClient.RecordAction(_api, caseId, "geo_blocked", "2020-07", "Le Monde", scope: "France");
        var demonetized = await ExportClient.RecordAction(_api, caseId, "demonetized", "2020-08-01", "Wired");
        await ExportClient.StateReason(_api, caseId, suspended, "platform", "illegal_or_harmful_speech", "The posts broke our hate speech rules.");
        await ExportClient.StateReason(_api, caseId, suspended, "subject", "not_stated", "We received no explanation.");
        await ExportClient.StateReason(_api, caseId, geoBlocked, "platform", "legal_compliance_local_law", "Withheld under French law.");

        var statements = await ExportClient.Json(_api, $"/api/cases/{caseId}/export?format=json&shape=dsa");

        var s = Statement(statements, suspended);
        Assert.Equal("DECISION_ACCOUNT_SUSPENDED", s.GetProperty("decision_account").GetString());
        Assert.Equal("2020-06-10", s.GetProperty("end_date_account_restriction").GetString());
        Assert.Equal("STATEMENT_CATEGORY_ILLEGAL_OR_HARMFUL_SPEECH", s.GetProperty("category").GetString());
        Assert.Equal("DECISION_GROUND_INCOMPATIBLE_CONTENT", s.GetProperty("decision_ground").GetString());
        Assert.Equal("The posts broke our hate speech rules.", s.GetProperty("incompatible_content_ground").GetString());
        Assert.Equal("2020-06-07", s.GetProperty("application_date").GetString());
        Assert.Equal("subject:not_stated:We received no explanation.", s.GetProperty("tracker_other_party_reasons").GetString());
        Assert.Equal($"{caseId}:{suspended}", s.GetProperty("puid").GetString());
        Assert.True(s.GetProperty("tracker_dsa_expressible").GetBoolean());

        var r = Statement(statements, reinstated);
        Assert.False(r.GetProperty("tracker_dsa_expressible").GetBoolean());
        Assert.Equal(JsonValueKind.Null, r.GetProperty("decision_account").ValueKind);
        Assert.Empty(r.GetProperty("decision_visibility").EnumerateArray());
        Assert.Equal([suspended.ToString()], Strings(r.GetProperty("tracker_ends_restrictions")));

        var g = Statement(statements, geoBlocked);
        Assert.Equal(["DECISION_VISIBILITY_CONTENT_DISABLED"], Strings(g.GetProperty("decision_visibility")));
        Assert.Equal(["FR"], Strings(g.GetProperty("territorial_scope")));
        Assert.Equal("DECISION_GROUND_ILLEGAL_CONTENT", g.GetProperty("decision_ground").GetString());
        Assert.Equal("Withheld under French law.", g.GetProperty("illegal_content_legal_ground").GetString());
        // legal_compliance_local_law has no DSA category; a month is not a day the DSA can take.
        Assert.Equal(JsonValueKind.Null, g.GetProperty("category").ValueKind);
        Assert.Equal(JsonValueKind.Null, g.GetProperty("application_date").ValueKind);
        Assert.Equal("2020-07", g.GetProperty("tracker_occurred_on").GetString());
        Assert.Equal("month", g.GetProperty("tracker_occurred_on_precision").GetString());

        var d = Statement(statements, demonetized);
        Assert.Equal("DECISION_MONETARY_SUSPENSION", d.GetProperty("decision_monetary").GetString());
        Assert.Equal(JsonValueKind.Null, d.GetProperty("decision_ground").ValueKind);
    }

    [Fact]
    public async Task A_scope_outside_the_eea_and_a_withdrawn_action_stay_out_of_the_dsa_fields()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        var blocked = await ExportClient.RecordAction(_api, caseId, "geo_blocked", "2021-02-01", "The Hindu", scope: "IN");
        var mistaken = await ExportClient.RecordAction(_api, caseId, "terminated", "2021-02-02", "Rumour mill");
        var withdraw = await _api.Post($"/api/cases/{caseId}/actions/{mistaken}/withdraw", new { rationale = "Misread the article." });
        Assert.True(withdraw.IsSuccessStatusCode);

        var statements = await ExportClient.Json(_api, $"/api/cases/{caseId}/export?format=json&shape=dsa");

        var g = Assert.Single(statements.EnumerateArray());
        Assert.Equal(blocked, g.GetProperty("tracker_action_id").GetGuid());
        Assert.Empty(g.GetProperty("territorial_scope").EnumerateArray());
        Assert.Equal("IN", g.GetProperty("tracker_scope_country").GetString());
    }

    [Fact]
    public async Task The_dsa_csv_has_the_dsa_field_names_and_lists_in_one_cell()
    {
        var (caseId, _) = await _api.OpenCase(ApiClient.UniquePlatform());
        await ExportClient.RecordAction(_api, caseId, "content_removed", "2022-01-05", "BBC");

        var (response, text) = await ExportClient.Download(_api, $"/api/cases/{caseId}/export?format=csv&shape=dsa");

        Assert.Equal($"case-{caseId}-dsa.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var (header, rows) = ExportClient.ReadCsv(text);
        Assert.Equal(["puid", "platform_name", "decision_visibility"], header.Take(3));
        Assert.Contains("decision_account", header);
        Assert.Contains("tracker_dsa_expressible", header);
        Assert.Equal("DECISION_VISIBILITY_CONTENT_REMOVED", Assert.Single(rows)["decision_visibility"]);
        Assert.Equal("2022-01-05", rows[0]["application_date"]);
    }
}
