using CaseTracker.Api.Tests.Support;
using Npgsql;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// Two nodes and the proxy on a PostgreSQL cluster of their own (deploy/pg-local.sh on a free port
/// and folder), so a test can really stop the server without touching the other tests' database.
/// </summary>
public sealed class OutageNodesFixture : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"casetracker-nodes-{Guid.NewGuid():N}");
    private TestDatabase? _database;

    public LocalCluster Server { get; private set; } = null!;

    public NodeCluster Nodes { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        Server = new LocalCluster(NodeCluster.FreePort(), Path.Combine(_folder, "data"));
        _database = new TestDatabase(Server);
        try
        {
            await _database.StartAsync();
            Nodes = await NodeCluster.StartAsync(_database.ConnectionString, 2);
        }
        catch
        {
            // Nothing may outlive a failed start: the cluster's server included.
            await DisposeAsync();
            throw;
        }
    }

    public async Task DisposeAsync()
    {
        if (Nodes is not null) await Nodes.DisposeAsync();
        Nodes = null!;
        if (_database is not null)
        {
            // A test that failed with the server stopped: start it again so its database can be dropped.
            await Server.StartAsync();
            await _database.DisposeAsync();
            _database = null;
        }
        NpgsqlConnection.ClearAllPools();
        if (Directory.Exists(_folder)) Directory.Delete(_folder, recursive: true);
    }
}
