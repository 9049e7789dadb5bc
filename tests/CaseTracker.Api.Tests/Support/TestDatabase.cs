using DotNet.Testcontainers.Builders;
using Npgsql;
using Testcontainers.PostgreSql;

namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// A real PostgreSQL server for a test host, chosen as the README says: CASETRACKER_TEST_DB if
/// set; else a Testcontainers PostgreSQL from CASETRACKER_TEST_PG_IMAGE (default the official
/// postgres:15-alpine) unless CASETRACKER_TEST_CONTAINERS=0; else the project's local cluster
/// (deploy/pg-local.sh). Each host gets a database (or container) of its own, removed at the
/// end. The console says which path served it, so a CI log shows what was exercised.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string OfficialImage = "postgres:15-alpine";

    /// <summary>Every container carries it, so deploy/test.sh can remove what a crashed run left.</summary>
    public const string RunLabel = "casetracker.test-run";

    private readonly LocalCluster? _forcedLocal;
    private PostgreSqlContainer? _container;
    private string _serverConnectionString = "";

    public TestDatabase()
    {
    }

    /// <summary>A database on a local cluster of the caller's own (port and folder), whatever the environment says.</summary>
    public TestDatabase(LocalCluster cluster) => _forcedLocal = cluster;

    public string ConnectionString { get; private set; } = "";

    /// <summary>Which path served the database, in words for the CI log.</summary>
    public string Origin { get; private set; } = "";

    public async Task StartAsync()
    {
        _serverConnectionString = await ServerAsync();
        if (_container is not null)
        {
            // The container is this host's alone: its own database is the one to use.
            ConnectionString = _serverConnectionString;
        }
        else
        {
            var name = $"casetracker_test_{Guid.NewGuid():N}"[..40];
            await using (var admin = new NpgsqlConnection(_serverConnectionString))
            {
                await admin.OpenAsync();
                await using var create = new NpgsqlCommand($"create database {name}", admin);
                await create.ExecuteNonQueryAsync();
            }
            ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = name }.ConnectionString;
        }
        var server = new NpgsqlConnectionStringBuilder(ConnectionString);
        Console.WriteLine($"[test database] {Origin}; {server.Host}:{server.Port}/{server.Database}");
    }

    private async Task<string> ServerAsync()
    {
        if (_forcedLocal is not null)
        {
            Origin = $"local cluster (deploy/pg-local.sh, port {_forcedLocal.Port}, asked for by the test)";
            return await _forcedLocal.StartAsync();
        }
        if (Environment.GetEnvironmentVariable("CASETRACKER_TEST_DB") is { Length: > 0 } given)
        {
            Origin = "given connection string (CASETRACKER_TEST_DB)";
            return given;
        }
        var fallback = "CASETRACKER_TEST_CONTAINERS=0";
        if (Environment.GetEnvironmentVariable("CASETRACKER_TEST_CONTAINERS") != "0")
        {
            var chosen = Environment.GetEnvironmentVariable("CASETRACKER_TEST_PG_IMAGE");
            try
            {
                return await ContainerAsync(chosen is { Length: > 0 } ? chosen : OfficialImage);
            }
            catch (Exception e) when (chosen is not { Length: > 0 } && e is not OutOfMemoryException)
            {
                // Nobody asked for containers: a machine without an engine (or without the
                // official image) uses the local cluster. A chosen image that fails is an error.
                fallback = $"no container ({e.GetType().Name}: {FirstLine(e.Message)})";
            }
        }
        Origin = $"local cluster (deploy/pg-local.sh), because {fallback}";
        return await LocalCluster.FromEnvironment().StartAsync();
    }

    private async Task<string> ContainerAsync(string image)
    {
        var run = Environment.GetEnvironmentVariable("CASETRACKER_TEST_RUN") is { Length: > 0 } id ? id : "manual";
        var maxConnections = Environment.GetEnvironmentVariable("CASETRACKER_PG_MAX_CONNECTIONS") is { Length: > 0 } max ? max : "300";
        _container = new PostgreSqlBuilder(image)
            .WithLabel(RunLabel, run)
            // A password of its own per container (the default is "postgres"): the secrets checks look for it in logs and answers.
            .WithPassword($"ct-{Guid.NewGuid():N}")
            // Many hosts and parallel tests: the default 100 connections run out (as on the local cluster).
            .WithCommand("-c", $"max_connections={maxConnections}")
            .Build();
        try
        {
            await _container.StartAsync();
        }
        catch
        {
            // A container that was created but never became ready must not outlive the run.
            await _container.DisposeAsync();
            _container = null;
            throw;
        }
        Origin = $"Testcontainers, image {image}, container {_container.Id[..12]}";
        return _container.GetConnectionString();
    }

    private static string FirstLine(string text) => text.Split('\n', 2)[0].Trim();

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await _container.DisposeAsync();
            _container = null;
        }
        else if (ConnectionString.Length > 0)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_serverConnectionString);
            await admin.OpenAsync();
            var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
            await using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", admin);
            await drop.ExecuteNonQueryAsync();
        }
        if (_forcedLocal is not null) await _forcedLocal.StopAsync();
    }
}

/// <summary>The project's local cluster script, run as a user runs it: start prints the connection string last.</summary>
public sealed class LocalCluster(int? port, string? folder)
{
    public int? Port { get; } = port;

    /// <summary>The cluster the environment names (CASETRACKER_PG_PORT / CASETRACKER_PG_DIR, else the script's defaults).</summary>
    public static LocalCluster FromEnvironment() => new(null, null);

    public async Task<string> StartAsync()
    {
        var (exit, output, errors) = await RunAsync("start");
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (exit != 0 || last is null)
            throw new InvalidOperationException($"deploy/pg-local.sh start failed ({exit}): {errors}");
        return last;
    }

    public async Task StopAsync()
    {
        var (exit, _, errors) = await RunAsync("stop");
        if (exit != 0) throw new InvalidOperationException($"deploy/pg-local.sh stop failed ({exit}): {errors}");
    }

    private Task<(int Exit, string Output, string Errors)> RunAsync(string command)
    {
        var environment = new Dictionary<string, string>();
        if (Port is { } port) environment["CASETRACKER_PG_PORT"] = port.ToString();
        if (folder is not null) environment["CASETRACKER_PG_DIR"] = folder;
        return Shell.RunAsync("bash", [Path.Combine(Repository.Root(), "deploy", "pg-local.sh"), command], environment);
    }
}
