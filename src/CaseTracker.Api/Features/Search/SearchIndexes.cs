using CaseTracker.Api.Features.Sources;
using CaseTracker.Domain.History;
using JasperFx;
using Marten;
using Marten.Schema;
using Npgsql;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Search;

/// <summary>
/// GIN indexes over the search expressions, created once (IF NOT EXISTS) when the store starts.
/// Not declared through Marten's schema: PostgreSQL prints these expressions back in another
/// form, so Marten's comparison saw a change at every start and rebuilt both indexes each time.
/// Marten is told to leave them alone (IgnoreIndex in MartenSetup).
/// </summary>
public sealed class SearchIndexes : IInitialData
{
    public const string CaseIndex = "ct_search_casehistory";
    public const string SourceIndex = "ct_search_sourcedocument";

    public async Task Populate(IDocumentStore store, CancellationToken cancellation)
    {
        // Tables first: in development they are created on demand; in production db-apply made them.
        if (store.Options is StoreOptions { AutoCreateSchemaObjects: not AutoCreate.None })
        {
            await store.Storage.Database.EnsureStorageExistsAsync(typeof(CaseHistory), cancellation);
            await store.Storage.Database.EnsureStorageExistsAsync(typeof(SourceDocument), cancellation);
        }
        var schema = store.Options.DatabaseSchemaName;
        await using var connection = store.Storage.Database.CreateConnection();
        await connection.OpenAsync(cancellation);
        foreach (var (index, table, vector) in new[] { (CaseIndex, "mt_doc_casehistory", SearchSql.CaseVector), (SourceIndex, "mt_doc_sourcedocument", SearchSql.SourceVector) })
        {
            await using var create = new NpgsqlCommand($"CREATE INDEX IF NOT EXISTS {index} ON {schema}.{table} USING gin (({vector}))", (NpgsqlConnection)connection);
            await create.ExecuteNonQueryAsync(cancellation);
        }
    }
}
