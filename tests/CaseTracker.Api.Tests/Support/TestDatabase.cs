using System.Diagnostics;
using Npgsql;
using Testcontainers.PostgreSql;

namespace CaseTracker.Api.Tests.Support;

/// <summary>
/// A real PostgreSQL server for the test run, chosen as the README says: CASETRACKER_TEST_DB if
/// set, else a Testcontainers PostgreSQL where Docker runs, else the project's local cluster
/// (deploy/pg-local.sh). Each test run gets a database of its own, dropped at the end.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private PostgreSqlContainer? _container;
    private string _serverConnectionString = "";

    public string ConnectionString { get; private set; } = "";
    public string Origin { get; private set; } = "";

    public async Task StartAsync()
    {
        _serverConnectionString = await ServerAsync();
        var name = $"casetracker_test_{Guid.NewGuid():N}"[..40];
        await using (var admin = new NpgsqlConnection(_serverConnectionString))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"create database {name}", admin);
            await create.ExecuteNonQueryAsync();
        }
        ConnectionString = new NpgsqlConnectionStringBuilder(_serverConnectionString) { Database = name }.ConnectionString;
    }

    private async Task<string> ServerAsync()
    {
        if (Environment.GetEnvironmentVariable("CASETRACKER_TEST_DB") is { Length: > 0 } given)
        {
            Origin = "CASETRACKER_TEST_DB";
            return given;
        }
        try
        {
            _container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await _container.StartAsync();
            Origin = "Testcontainers";
            return _container.GetConnectionString();
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            // No Docker engine here: the project's own cluster script, as a non-root user.
            _container = null;
            Origin = "deploy/pg-local.sh";
            return await LocalClusterAsync();
        }
    }

    private static async Task<string> LocalClusterAsync()
    {
        var script = Path.Combine(Repository.Root(), "deploy", "pg-local.sh");
        var start = new ProcessStartInfo("bash", [script, "start"]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        var last = output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (process.ExitCode != 0 || last is null)
            throw new InvalidOperationException($"deploy/pg-local.sh start failed ({process.ExitCode}): {errors}");
        return last;
    }

    public async ValueTask DisposeAsync()
    {
        if (_container is not null)
        {
            await _container.DisposeAsync();
            return;
        }
        if (ConnectionString.Length == 0) return;
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(_serverConnectionString);
        await admin.OpenAsync();
        var name = new NpgsqlConnectionStringBuilder(ConnectionString).Database;
        await using var drop = new NpgsqlCommand($"drop database if exists {name} with (force)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
