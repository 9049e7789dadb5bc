using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using CaseTracker.Api.Security;
using CaseTracker.Api.Tests.Support;
using Npgsql;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// N API nodes (the built dll, as deploy/nodes.sh runs them) on one database, with Wolverine
/// distributing the async projections, behind the YARP proxy (src/CaseTracker.Proxy). Short
/// heartbeat settings so a dead node's projections move within seconds. Every process is killed on
/// dispose.
/// </summary>
public sealed class NodeCluster : IAsyncDisposable
{
    private readonly List<NodeProcess> _processes = [];

    private NodeCluster(string connectionString) => ConnectionString = connectionString;

    public string ConnectionString { get; }

    public IReadOnlyList<(NodeProcess Process, Guid Id)> Nodes { get; private set; } = [];

    public NodeProcess Proxy { get; private set; } = null!;

    /// <summary>An admin key made with the `keys create` command.</summary>
    public string Key { get; private set; } = "";

    public string RecentOutput => string.Join("\n", _processes.Select(p => p.RecentOutput));

    public static async Task<NodeCluster> StartAsync(string connectionString, int count)
    {
        var cluster = new NodeCluster(connectionString);
        try
        {
            await cluster.StartNodesAsync(count);
            return cluster;
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    /// <summary>A client of the proxy with the admin key; each request bounded, so a hang fails the test instead of holding it.</summary>
    public HttpClient Client(Uri? address = null)
    {
        var http = new HttpClient { BaseAddress = address ?? Proxy.Address, Timeout = TimeSpan.FromSeconds(30) };
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", Key);
        return http;
    }

    /// <summary>The node Wolverine runs the platform activity projection on, if it runs anywhere yet.</summary>
    public async Task<Guid?> ProjectionOwnerAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await using var query = new NpgsqlCommand(
            "select node_id from casetracker.wolverine_node_assignments where id like 'event-subscriptions://%/platformactivity/%'", connection);
        return await query.ExecuteScalarAsync() as Guid?;
    }

    private async Task StartNodesAsync(int count)
    {
        var api = NodeProcess.BuiltDll("CaseTracker.Api");
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Marten"] = ConnectionString,
            ["Marten__DaemonMode"] = "Distributed",
            ["Nodes__HealthCheckPollingTime"] = "00:00:01",
            ["Nodes__StaleNodeTimeout"] = "00:00:05",
            ["Nodes__CheckAssignmentPeriod"] = "00:00:02",
            ["Security__HttpsRedirect"] = "false",
            // Every test request comes with one key through one proxy address.
            ["RateLimits__PermitPerMinute"] = "100000",
            ["Logging__LogLevel__Default"] = "Warning",
            // A keyed write in flight on a killed node holds its key for the lease: shorter than the
            // production defaults (35 s lease, 10 s wait), still longer than a request may run.
            ["RequestTimeouts__Seconds"] = "10",
            ["Idempotency__LeaseSeconds"] = "12",
            ["Idempotency__WaitSeconds"] = "2",
        };
        // The schema is created by this command and the first node; the nodes start one at a time, so none race on it.
        var created = await RunAsync(api, settings, "keys", "create", "--principal", "nodes-test", "--role", "admin");
        Key = created.Split('\n', StringSplitOptions.TrimEntries).Single(l => l.StartsWith(ApiKeys.KeyPrefix, StringComparison.Ordinal));

        // One at a time, each live and registered before the next starts: the node Wolverine registers
        // next is the process just started, which tells the tests which process holds which agent.
        var nodes = new List<(NodeProcess, Guid)>();
        Nodes = nodes;
        for (var i = 1; i <= count; i++)
        {
            var node = NodeProcess.Start($"node{i}", api, FreePort(), settings);
            _processes.Add(node);
            await node.WaitUntilLiveAsync(TimeSpan.FromMinutes(2));
            nodes.Add((node, await RegisteredAsync(nodes.Select(n => n.Item2).ToHashSet(), node)));
        }

        Proxy = NodeProcess.Start("proxy", NodeProcess.BuiltDll("CaseTracker.Proxy"), FreePort(), new Dictionary<string, string>
        {
            ["Proxy__Nodes"] = string.Join(';', nodes.Select(n => n.Item1.Address.ToString().TrimEnd('/'))),
            ["Proxy__HealthCheckInterval"] = "00:00:01",
            ["Logging__LogLevel__Default"] = "Warning",
        });
        _processes.Add(Proxy);
        await Proxy.WaitUntilLiveAsync(TimeSpan.FromMinutes(1));
    }

    /// <summary>The one node in Wolverine's node table that is not among the known ones (bounded wait).</summary>
    private async Task<Guid> RegisteredAsync(HashSet<Guid> known, NodeProcess process)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (true)
        {
            await using (var connection = new NpgsqlConnection(ConnectionString))
            {
                await connection.OpenAsync();
                await using var query = new NpgsqlCommand("select id from casetracker.wolverine_nodes", connection);
                await using var reader = await query.ExecuteReaderAsync();
                var fresh = new List<Guid>();
                while (await reader.ReadAsync()) if (!known.Contains(reader.GetGuid(0))) fresh.Add(reader.GetGuid(0));
                if (fresh.Count == 1) return fresh[0];
                if (fresh.Count > 1) throw new InvalidOperationException($"{fresh.Count} new nodes registered at once");
            }
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"{process.Name} never registered with Wolverine.\n{process.RecentOutput}");
            await Task.Delay(250);
        }
    }

    private static async Task<string> RunAsync(string dll, Dictionary<string, string> settings, params string[] args)
    {
        var (exit, output, errors) = await Shell.RunAsync("dotnet", [dll, .. args], settings, Path.GetDirectoryName(dll));
        return exit == 0 ? output : throw new InvalidOperationException($"{string.Join(' ', args)} exited {exit}: {output}\n{errors}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public ValueTask DisposeAsync()
    {
        foreach (var process in _processes) process.Dispose();
        _processes.Clear();
        NpgsqlConnection.ClearAllPools();
        return ValueTask.CompletedTask;
    }
}
