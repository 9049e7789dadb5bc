using System.Diagnostics;
using Npgsql;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// A database of the bench's own on the given server (or on a private cluster it starts with
/// deploy/pg-local.sh on its own port), dropped at the end unless kept.
/// </summary>
public sealed class BenchDatabase : IAsyncDisposable
{
    private string _server = "";
    private bool _keep;

    public string ConnectionString { get; private set; } = "";
    public string Name { get; private set; } = "";

    public static async Task<BenchDatabase> CreateAsync(BenchOptions options, TextWriter log)
    {
        var database = new BenchDatabase { _keep = options.KeepDatabase };
        database._server = options.ConnectionString ?? await StartLocalClusterAsync(options.LocalPort, log);
        database.Name = $"casetracker_bench_{DateTime.UtcNow:yyyyMMddHHmmss}_{Random.Shared.Next(1000):000}";
        await using (var admin = new NpgsqlConnection(database._server))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {database.Name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        database.ConnectionString = new NpgsqlConnectionStringBuilder(database._server) { Database = database.Name, MaxPoolSize = 200 }.ConnectionString;
        return database;
    }

    private static async Task<string> StartLocalClusterAsync(int port, TextWriter log)
    {
        var root = RepositoryRoot();
        CpuMeter.PostgresDataDir = Path.Combine(root, ".pg", $"bench-{port}", "data");
        var start = new ProcessStartInfo("bash", [Path.Combine(root, "deploy", "pg-local.sh"), "start"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["CASETRACKER_PG_PORT"] = port.ToString(), ["CASETRACKER_PG_DIR"] = Path.Combine(root, ".pg", $"bench-{port}", "data") },
        };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || last is null) throw new InvalidOperationException($"deploy/pg-local.sh start failed ({process.ExitCode}): {errors}");
        await log.WriteLineAsync($"PostgreSQL: private cluster on port {port} (stop it with CASETRACKER_PG_PORT={port} CASETRACKER_PG_DIR=.pg/bench-{port}/data deploy/pg-local.sh stop)");
        return last;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "CaseTracker.sln"))) return dir.FullName;
        throw new InvalidOperationException("Run the bench from the repository (deploy/pg-local.sh is needed), or give --db.");
    }

    public async ValueTask DisposeAsync()
    {
        if (_keep || Name.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_server);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"drop database if exists {Name} with (force)", admin);
        try
        {
            await drop.ExecuteNonQueryAsync();
        }
        catch (PostgresException e)
        {
            // A run's figures outweigh its leftovers: a 40-minute full run once lost its table here
            // (a session of another role still on the database). Say what is left behind instead.
            await Console.Error.WriteLineAsync($"bench: could not drop database {Name} ({e.MessageText}); drop it by hand.");
        }
    }
}
