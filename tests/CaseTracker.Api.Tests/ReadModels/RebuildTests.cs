using CaseTracker.Api.Commands;
using CaseTracker.Api.Tests.Sources;
using CaseTracker.Api.Tests.Support;
using Npgsql;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.ReadModels;

/// <summary>
/// A rebuild empties and refills every read model, which would pull documents from under tests
/// running beside it: it gets a database and host of its own.
/// </summary>
[CollectionDefinition(Name)]
public sealed class RebuildCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "rebuild";
}

[Collection(RebuildCollection.Name)]
public sealed class RebuildTests(ApiFixture fixture, ITestOutputHelper log)
{
    private readonly ApiClient _api = new(fixture.Client());

    [Fact]
    public async Task Rebuilding_every_projection_from_the_events_gives_back_the_same_read_models()
    {
        await WriteAStory();
        await AsyncProjections.CaughtUp(fixture);
        var live = await Documents();
        Assert.Superset(new HashSet<string> { "mt_doc_casehistory", "mt_doc_sourcedocument", "mt_doc_reviewclaim", "mt_doc_platformactivity",
            "mt_doc_platformactivitycase", "mt_doc_sourceindex" }, live.Keys.ToHashSet());
        Assert.All(new[] { "mt_doc_casehistory", "mt_doc_platformactivity", "mt_doc_sourceindex" }, t => Assert.NotEmpty(live[t]));
        // Lose some read models outright: the rebuild must bring them back from the events alone.
        await Execute("delete from casetracker.mt_doc_casehistory; delete from casetracker.mt_doc_platformactivity; delete from casetracker.mt_doc_sourceindex;");

        var output = new StringWriter();
        Assert.True(await RebuildCommand.Run(fixture.Factory.Services, TimeSpan.FromMinutes(2), output));
        await AsyncProjections.CaughtUp(fixture);
        var rebuilt = await Documents();

        log.WriteLine(output.ToString());
        foreach (var name in new[] { "CaseHistory", "SourceDocument", "ReviewClaim", "PlatformActivity", "PlatformActivityCase", "SourceIndex" })
            Assert.Contains($"rebuilt {name} (", output.ToString());
        // A rebuild may create a read model's table that nothing had written to yet: an empty table holds no read model.
        Assert.Equal(live.Where(t => t.Value.Count > 0).Select(t => t.Key).Order(), rebuilt.Where(t => t.Value.Count > 0).Select(t => t.Key).Order());
        foreach (var (table, documents) in live)
        {
            Assert.Equal(documents.Keys.Order(), rebuilt[table].Keys.Order());
            foreach (var (id, json) in documents)
                Assert.True(json == rebuilt[table][id], $"{table} {id} differs after the rebuild:\nlive:    {json}\nrebuilt: {rebuilt[table][id]}");
        }
    }

    /// <summary>Cases with actions, reasons, a withdrawal, a dispute and a merge; a source with an accepted and a rejected claim.</summary>
    private async Task WriteAStory()
    {
        var platform = ApiClient.UniquePlatform();
        var (caseId, _) = await _api.OpenCase(platform);
        var suspended = await _api.RecordAction(caseId, "suspended", "2020-06-07", outlet: "Outlet A");
        await _api.RecordAction(caseId, "reinstated", "2020-06-10", outlet: "Outlet B");
        var mistaken = await _api.RecordAction(caseId, "terminated", null, outlet: "Outlet C");
        await Ok(_api.Post($"/api/cases/{caseId}/reasons", new { statedBy = "platform", category = "legal_compliance_local_law", text = "Local laws.", actionId = suspended, source = new { outlet = "Zoom" } }));
        await Ok(_api.Post($"/api/cases/{caseId}/actions/{suspended}/disputes", new { kind = "other_date", claimedDate = new { value = "2020-06-08" }, source = new { outlet = "Outlet D" } }));
        await Ok(_api.Post($"/api/cases/{caseId}/actions/{mistaken}/withdraw", new { rationale = "Recorded in error." }));
        var (absorbed, _) = await _api.OpenCase(platform, "Humanitarian China group");
        await _api.RecordAction(absorbed, "suspended", "2020-06-07", outlet: "Outlet E");
        await _api.RecordAction(absorbed, "warned", null, outlet: "Outlet F");
        await Ok(_api.Post("/api/cases/merge", new { survivorId = caseId, absorbedId = absorbed, rationale = "Same group." }));

        var ingested = await ApiClient.Body(await _api.Post("/api/sources", Articles.Text(Articles.SuspendedThenRestored($"Quill {Articles.UniqueWord()} Society"), Articles.UniqueUrl())));
        var claims = ingested.GetProperty("claims").EnumerateArray().ToList();
        await Ok(_api.Post($"/api/claims/{claims[0].GetProperty("id").GetGuid()}/accept", new { }));
        await Ok(_api.Post($"/api/claims/{claims[1].GetProperty("id").GetGuid()}/reject", new { reason = "Duplicate." }));
    }

    private static async Task Ok(Task<HttpResponseMessage> call)
    {
        var response = await call;
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
    }

    /// <summary>Every stored document as PostgreSQL holds it (jsonb text is canonical), by table and id.</summary>
    private async Task<Dictionary<string, Dictionary<string, string>>> Documents()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        var tables = new List<string>();
        await using (var list = new NpgsqlCommand("select table_name from information_schema.tables where table_schema = 'casetracker' and table_name like 'mt_doc_%'", connection))
        await using (var reader = await list.ExecuteReaderAsync())
            while (await reader.ReadAsync()) tables.Add(reader.GetString(0));

        var documents = new Dictionary<string, Dictionary<string, string>>();
        foreach (var table in tables)
        {
            var rows = documents[table] = [];
            await using var select = new NpgsqlCommand($"select id::text, data::text from casetracker.{table}", connection);
            await using var reader = await select.ExecuteReaderAsync();
            while (await reader.ReadAsync()) rows[reader.GetString(0)] = reader.GetString(1);
        }
        return documents;
    }

    private async Task Execute(string sql)
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
