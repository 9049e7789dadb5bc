using System.Diagnostics;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// CPU time spent by this process (API, bench clients) and by the private PostgreSQL cluster's
/// server processes (Linux only, read from /proc). On a machine where every core is busy,
/// throughput moves with other people's work; CPU per operation says what one write costs.
/// </summary>
public static class CpuMeter
{
    /// <summary>The data folder of the cluster the bench started, when it started one.</summary>
    public static string? PostgresDataDir { get; set; }

    public readonly record struct Reading(TimeSpan App, TimeSpan? Postgres);

    public static Reading Now() => new(Process.GetCurrentProcess().TotalProcessorTime, PostgresCpu());

    private static TimeSpan? PostgresCpu()
    {
        try
        {
            if (PostgresDataDir is null || !File.Exists(Path.Combine(PostgresDataDir, "postmaster.pid"))) return null;
            var postmaster = int.Parse(File.ReadLines(Path.Combine(PostgresDataDir, "postmaster.pid")).First().Trim());
            long ticks = 0;
            foreach (var dir in Directory.EnumerateDirectories("/proc"))
            {
                if (!int.TryParse(Path.GetFileName(dir), out var pid)) continue;
                string stat;
                try { stat = File.ReadAllText(Path.Combine(dir, "stat")); }
                catch (IOException) { continue; }
                // Fields after the command (which may hold spaces) start after the last ')': state, ppid, ... utime (14th), stime (15th).
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (pid == postmaster || int.Parse(fields[1]) == postmaster) ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
            }
            return TimeSpan.FromSeconds(ticks / 100.0); // USER_HZ is 100 on Linux
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }
}
