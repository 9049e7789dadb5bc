using System.Net;
using System.Net.Sockets;
using CaseTracker.Api.Tests.Support;
using Npgsql;

namespace CaseTracker.Api.Tests.Containers;

/// <summary>
/// The local-cluster path (deploy/pg-local.sh), exercised on every machine even where the suite
/// itself runs on containers: a cluster of the test's own (port, folder) takes the schema from
/// the API's db-apply and answers queries.
/// </summary>
public sealed class LocalClusterPathTests
{
    [Fact]
    public async Task A_database_on_a_fresh_local_cluster_takes_the_schema_from_db_apply()
    {
        var folder = Path.Combine(Path.GetTempPath(), $"casetracker-local-path-{Guid.NewGuid():N}");
        var port = FreePort();
        try
        {
            await using var database = new TestDatabase(new LocalCluster(port, Path.Combine(folder, "data")));
            await database.StartAsync();
            Assert.StartsWith("local cluster", database.Origin);

            var (exit, output, errors) = await ApiCommand.RunAsync(database.ConnectionString, "db-apply");
            Assert.True(exit == 0, $"db-apply exited {exit}: {output}\n{errors}");

            await using var connection = new NpgsqlConnection(database.ConnectionString);
            await connection.OpenAsync();
            await using var query = new NpgsqlCommand(
                "select inet_server_port(), (select count(*) from information_schema.tables where table_name in ('mt_events', 'mt_streams', 'mt_doc_casehistory'))",
                connection);
            await using var reader = await query.ExecuteReaderAsync();
            Assert.True(await reader.ReadAsync());
            Assert.Equal(port, reader.GetInt32(0));
            Assert.Equal(3, reader.GetInt64(1));
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
