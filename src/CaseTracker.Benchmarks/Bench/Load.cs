using System.Diagnostics;
using HdrHistogram;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>One measured point: how many operations completed, how fast, and their latencies.</summary>
public sealed record LoadResult(int Clients, long Operations, long Errors, TimeSpan Took, double P50Ms, double P99Ms, string? FirstError)
{
    public double PerSecond => Operations / Took.TotalSeconds;
    /// <summary>CPU milliseconds per completed operation in this process (server and clients) and in PostgreSQL, when known.</summary>
    public double AppCpuMsPerOp { get; init; } = double.NaN;
    public double PostgresCpuMsPerOp { get; init; } = double.NaN;
}

/// <summary>
/// A closed loop: each client runs one operation after another for the duration (after a
/// warm-up that is not counted). An operation returns null, or what went wrong.
/// </summary>
public static class Load
{
    public delegate Task<string?> Operation(int client, long iteration);

    public static async Task<LoadResult> RunAsync(int clients, TimeSpan warmup, TimeSpan duration, Operation operation)
    {
        long iteration = 0;
        await Phase(clients, warmup, operation, () => Interlocked.Increment(ref iteration), record: false);
        return await Phase(clients, duration, operation, () => Interlocked.Increment(ref iteration), record: true);
    }

    private static async Task<LoadResult> Phase(int clients, TimeSpan duration, Operation operation, Func<long> next, bool record)
    {
        var histograms = Enumerable.Range(0, clients).Select(_ => new LongHistogram(TimeStamp.Minutes(5), 3)).ToArray();
        long operations = 0, errors = 0;
        string? firstError = null;
        var cpu = CpuMeter.Now();
        var clock = Stopwatch.StartNew();
        var workers = Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            while (clock.Elapsed < duration)
            {
                var started = Stopwatch.GetTimestamp();
                string? error;
                try
                {
                    error = await operation(client, next());
                }
                catch (Exception e) when (e is HttpRequestException or TaskCanceledException or InvalidOperationException or Npgsql.NpgsqlException)
                {
                    error = $"{e.GetType().Name}: {e.Message}";
                }
                if (!record) continue;
                if (error is null)
                {
                    histograms[client].RecordValue(Stopwatch.GetTimestamp() - started);
                    Interlocked.Increment(ref operations);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                    Interlocked.CompareExchange(ref firstError, error, null);
                }
            }
        })).ToArray();
        await Task.WhenAll(workers);
        var took = clock.Elapsed;
        var cpuAfter = CpuMeter.Now();
        var all = new LongHistogram(TimeStamp.Minutes(5), 3);
        foreach (var h in histograms) all.Add(h);
        double Ms(double percentile) => all.TotalCount == 0 ? double.NaN : all.GetValueAtPercentile(percentile) * 1000.0 / Stopwatch.Frequency;
        double PerOp(TimeSpan? used) => used is { } u && operations > 0 ? u.TotalMilliseconds / operations : double.NaN;
        return new LoadResult(clients, operations, errors, took, Ms(50), Ms(99), firstError)
        {
            AppCpuMsPerOp = PerOp(cpuAfter.App - cpu.App),
            PostgresCpuMsPerOp = PerOp(cpuAfter.Postgres - cpu.Postgres),
        };
    }
}
