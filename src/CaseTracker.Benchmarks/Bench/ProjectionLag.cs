using System.Diagnostics;
using JasperFx.Events.Projections;
using Marten;
using Npgsql;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>How far the async projections fell behind the event store during a write load, and how long they took to catch up after it.</summary>
public sealed record LagResult(long MaxEventsBehind, long MedianEventsBehind, TimeSpan CatchUp, bool CaughtUp);

/// <summary>
/// Samples the head of the event store and each async projection's progress (Marten's
/// mt_event_progression) every 100 ms while a load runs.
/// </summary>
public sealed class ProjectionLag(IDocumentStore store, string connectionString)
{
    private readonly string _schema = store.Options.Events.DatabaseSchemaName;
    private readonly string[] _async = store.Options.Events.Projections()
        .Where(p => p.Lifecycle == ProjectionLifecycle.Async).Select(p => p.Name).ToArray();

    public async Task<(LoadResult Load, LagResult Lag)> DuringAsync(Func<Task<LoadResult>> load, TimeSpan catchUpLimit)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var samples = new List<long>();
        using var stop = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                samples.Add(await BehindAsync(connection));
                try { await Task.Delay(100, stop.Token); } catch (OperationCanceledException) { }
            }
        });
        var result = await load();
        await stop.CancelAsync();
        await sampler;

        var clock = Stopwatch.StartNew();
        var caughtUp = false;
        while (clock.Elapsed < catchUpLimit && !(caughtUp = await BehindAsync(connection) == 0)) await Task.Delay(20);
        samples.Sort();
        return (result, new LagResult(samples.Count == 0 ? 0 : samples[^1], samples.Count == 0 ? 0 : samples[samples.Count / 2], clock.Elapsed, caughtUp));
    }

    /// <summary>Events stored that the slowest async projection has not processed yet.</summary>
    private async Task<long> BehindAsync(NpgsqlConnection connection)
    {
        if (_async.Length == 0) return 0;
        await using var command = new NpgsqlCommand($"""
            select coalesce((select max(seq_id) from {_schema}.mt_events), 0)
                 - coalesce((select min(last_seq_id) from {_schema}.mt_event_progression where split_part(name, ':', 1) = any($1)), 0)
            """, connection);
        command.Parameters.Add(new NpgsqlParameter { Value = _async });
        return Math.Max(0, (long)(await command.ExecuteScalarAsync())!);
    }
}
