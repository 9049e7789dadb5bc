using CaseTracker.Api.Features.Search;
using CaseTracker.Api.Tests.Support;
using Npgsql;

namespace CaseTracker.Api.Tests.Search;

[Collection(ApiCollection.Name)]
public sealed class SearchIndexTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_search_indexes_exist_and_the_schema_check_leaves_them_alone()
    {
        await using var connection = new NpgsqlConnection(fixture.ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand("select indexname from pg_indexes where schemaname = 'casetracker' and indexname like 'ct_search_%' order by 1", connection);
        var names = new List<string>();
        await using (var reader = await query.ExecuteReaderAsync())
            while (await reader.ReadAsync()) names.Add(reader.GetString(0));

        Assert.Equal([SearchIndexes.CaseIndex, SearchIndexes.SourceIndex], names);
        var store = (Marten.IDocumentStore)fixture.Factory.Services.GetService(typeof(Marten.IDocumentStore))!;
        var migration = await store.Storage.Database.CreateMigrationAsync();
        var sql = new StringWriter();
        migration.WriteAllUpdates(sql, new Weasel.Postgresql.PostgresqlMigrator(), JasperFx.AutoCreate.CreateOrUpdate);
        Assert.DoesNotContain("ct_search", sql.ToString());
    }
}
