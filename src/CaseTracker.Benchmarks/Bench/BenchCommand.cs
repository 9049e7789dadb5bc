using System.Diagnostics;
using System.Reflection;
using System.Runtime.InteropServices;
using CaseTracker.Api.Commands;
using CaseTracker.Api.Features.Sources;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using static CaseTracker.Benchmarks.Bench.BenchReport;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// `bench`: one run, one table. Every figure of the tracker stands next to the baseline it is
/// bounded by, measured on the same machine and server minutes apart: HTTP writes against
/// one-row commits at the same concurrency, rebuilds and bulk paths against COPY, extraction
/// against a lower-case-and-split pass.
/// </summary>
public static class BenchCommand
{
    public static async Task<int> RunAsync(string[] args, TextWriter output)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (Exception e) when (e is ArgumentException or FormatException)
        {
            await Console.Error.WriteLineAsync(e.Message);
            return 2;
        }
        var report = await RunAsync(options, output);
        report.Write(output);
        return report.Errors.Count == 0 ? 0 : 1;
    }

    public static async Task<BenchReport> RunAsync(BenchOptions options, TextWriter log)
    {
        var report = new BenchReport();
        await using var database = await BenchDatabase.CreateAsync(options, log);
        await using var dataSource = new NpgsqlDataSourceBuilder(database.ConnectionString).Build();
        var raw = new RawPostgres(dataSource);
        await raw.PrepareAsync();
        await Machine(report, raw, options);

        await log.WriteLineAsync("raw PostgreSQL: one-row INSERT + COMMIT, COPY");
        var commits = new Dictionary<int, LoadResult>();
        foreach (var clients in options.Runs("writes") ? options.Clients : []) // the writes' baseline
        {
            commits[clients] = await raw.CommitsAsync(clients, options.Warmup, options.PointDuration);
            report.Add($"raw PostgreSQL: one-row INSERT + COMMIT, {Clients(clients)}", commits[clients]);
        }
        var copy = await raw.CopyAsync(options.CopyRows);
        report.Add($"raw PostgreSQL: COPY of {Num(options.CopyRows)} event-sized rows", $"{PerSecond(copy)} rows");

        await log.WriteLineAsync("extraction on one thread");
        var extraction = ExtractionSpeed.Measure(options.ExtractionDuration);
        report.Add($"extraction, one ~{Num(extraction.Characters)}-character article, one thread", $"{PerSecond(extraction.ArticlesPerSecond)} articles",
            $"lower-case and split: {PerSecond(extraction.BaselinePerSecond)}", $"costs {extraction.CostOverBaseline:0.0}x the baseline");

        await log.WriteLineAsync($"generating ~{Num(options.Events)} events in {Num(options.Cases)} cases");
        GeneratedData generated;
        // The generator rebuilds every read model through the host's daemon, which leaves that host's async
        // agents stopped: the API measured below is a fresh host that starts them from the stored progress.
        await using (var generatorHost = await BenchApi.StartAsync(database.ConnectionString))
            generated = await new DataGenerator(generatorHost.Store, generatorHost.Services, database.ConnectionString, log).RunAsync(options.Events, options.Cases);

        await log.WriteLineAsync("starting the API on loopback Kestrel");
        await using var api = await BenchApi.StartAsync(database.ConnectionString);
        var store = api.Store;
        report.Add($"generator: {Num(generated.Events)} events ({Num(generated.Cases)} cases, {Num(generated.Sources)} sources, {Num(generated.Claims)} claims accepted, {Num(generated.Disputes)} disputes, {Num(generated.Merges)} merges, {Num(generated.Closed)} closed), extracted, decided and appended in batches ({generated.Appending.TotalSeconds:0} s), then every read model built by the rebuild",
            $"{PerSecond(generated.EventsPerSecond)} events ({PerSecond(generated.AppendedPerSecond)} appending)", $"COPY {PerSecond(copy)}", Ratio(generated.EventsPerSecond / copy));
        if (generated.WritableCases.Count == 0) report.Errors.Add("generator: no open case was produced (did the extractor read the articles?)");

        var workloads = new ApiWorkloads(api.Client, generated.WritableCases);
        if (options.Runs("reads")) await log.WriteLineAsync("reads");
        var totalEvents = await CountEventsAsync(dataSource, store);
        foreach (var clients in options.Runs("reads") ? options.Clients.Where(c => c <= 8) : [])
        {
            report.Add($"GET /api/cases/{{id}} (history), {Num(totalEvents)} events stored, {Clients(clients)}",
                await Load.RunAsync(clients, options.Warmup, options.PointDuration, workloads.History()));
            report.Add($"GET /api/cases?pageSize=20 (list, unfiltered / platform / status), {Num(generated.Cases)} cases, {Clients(clients)}",
                await Load.RunAsync(clients, options.Warmup, options.PointDuration, workloads.List()));
        }

        if (options.Runs("writes")) await log.WriteLineAsync("HTTP writes");
        var writes = new (string Name, Func<int, Load.Operation> Operation)[]
        {
            ("POST /api/cases (open a case)", _ => workloads.OpenCase()),
            ("POST /api/cases/{id}/actions (existing cases)", workloads.RecordAction),
            ("POST /api/sources (ingest a ~600-character article)", _ => workloads.IngestArticle()),
        };
        foreach (var (name, operation) in options.Runs("writes") ? writes : [])
            foreach (var clients in options.Clients)
            {
                var load = await Load.RunAsync(clients, options.Warmup, options.PointDuration, operation(clients));
                report.Add($"{name}, {Clients(clients)}", load, $"commits {PerSecond(commits[clients].PerSecond)}", Ratio(load.PerSecond / commits[clients].PerSecond));
            }

        if (options.Runs("lag")) await Lag(report, options, store, database.ConnectionString, workloads, log);
        if (options.Runs("import"))
        {
            await log.WriteLineAsync("bulk import");
            await BulkImport(report, api.Services, options, copy, log);
        }
        if (options.Runs("rebuild")) await Rebuild(report, api, dataSource, copy, log);

        if (File.Exists("/proc/loadavg")) report.Machine.Add($"load average at the end (1, 5, 15 min): {string.Join(", ", (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3))}");
        report.Add("peak working set (API, bench clients and generator in one process)", $"{Num(Process.GetCurrentProcess().PeakWorkingSet64 / 1048576.0)} MB");
        return report;
    }

    private static async Task Lag(BenchReport report, BenchOptions options, IDocumentStore store, string connectionString, ApiWorkloads workloads, TextWriter log)
    {
        await log.WriteLineAsync("async projection lag under write load");
        var lagClients = options.Clients.Contains(8) ? 8 : options.Clients.Max();
        var (lagLoad, lag) = await new ProjectionLag(store, connectionString).DuringAsync(
            () => Load.RunAsync(lagClients, TimeSpan.Zero, options.PointDuration, workloads.RecordAction(lagClients)), TimeSpan.FromSeconds(60));
        if (lagLoad.Errors > 0) report.Errors.Add($"lag load: {lagLoad.Errors} failed, first: {lagLoad.FirstError}");
        if (!lag.CaughtUp) report.Errors.Add($"async projections had not caught up {lag.CatchUp.TotalSeconds:0} s after the load stopped");
        report.Add($"async projection lag (platform activity) while {Clients(lagClients)} record actions ({PerSecond(lagLoad.PerSecond)})",
            $"median {Num(lag.MedianEventsBehind)}, max {Num(lag.MaxEventsBehind)} events behind; caught up {Ms(lag.CatchUp.TotalMilliseconds)} after the load");
    }

    private static async Task Rebuild(BenchReport report, BenchApi api, NpgsqlDataSource dataSource, double copy, TextWriter log)
    {
        var store = api.Store;
        await log.WriteLineAsync("projection rebuild");
        var totalEvents = await CountEventsAsync(dataSource, store);
        var rebuildClock = Stopwatch.StartNew();
        var rebuilt = await new ProjectionRebuild(store, api.Services).RunAsync(TimeSpan.FromMinutes(30));
        var rebuildRate = totalEvents / rebuildClock.Elapsed.TotalSeconds;
        report.Add($"rebuild of every projection ({rebuilt.Count}) from {Num(totalEvents)} events",
            $"{PerSecond(rebuildRate)} events ({rebuildClock.Elapsed.TotalSeconds:0.0} s; slowest {rebuilt.MaxBy(r => r.Took)?.Name} {rebuilt.Max(r => r.Took).TotalSeconds:0.0} s)",
            $"COPY {PerSecond(copy)}", Ratio(rebuildRate / copy));
    }

    private static async Task BulkImport(BenchReport report, IServiceProvider services, BenchOptions options, double copy, TextWriter log)
    {
        var folder = Directory.CreateTempSubdirectory("casetracker-bench-import-");
        try
        {
            for (var i = 0; i < options.ImportArticles; i++)
            {
                var article = Articles.Article(Articles.Subject(90_000_000 + i), 900_000_000 + i, 3 + i % 20, 1 + i % 12, i % 2 == 0, Articles.Outlets[i % Articles.Outlets.Length]);
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, $"{i:000000}.txt"), $"{article.Outlet}\n\n{article.Text}");
            }
            var clock = Stopwatch.StartNew();
            var summary = await ArticleImport.RunAsync(services, ArticleFiles.Find([folder.FullName]), null, accept: false, log);
            var took = clock.Elapsed;
            if (summary.Failed > 0 || summary.Created != options.ImportArticles)
                report.Errors.Add($"import: {summary.Created} of {options.ImportArticles} articles stored, {summary.Failed} failed");
            var events = summary.Created * 2.0; // SourceIngested and ClaimsExtracted per article
            report.Add($"import of {Num(options.ImportArticles)} article files (extraction included), batched appends",
                $"{PerSecond(summary.Created / took.TotalSeconds)} articles = {PerSecond(events / took.TotalSeconds)} events",
                $"COPY {PerSecond(copy)}", Ratio(events / took.TotalSeconds / copy));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    private static async Task<long> CountEventsAsync(NpgsqlDataSource dataSource, IDocumentStore store)
    {
        await using var command = dataSource.CreateCommand($"select count(*) from {store.Options.Events.DatabaseSchemaName}.mt_events");
        return (long)(await command.ExecuteScalarAsync())!;
    }

    private static async Task Machine(BenchReport report, RawPostgres raw, BenchOptions options)
    {
        var configuration = typeof(Program).Assembly.GetCustomAttribute<AssemblyConfigurationAttribute>()?.Configuration ?? "?";
        report.Machine.Add($"machine: {Environment.ProcessorCount} logical cores, {RuntimeInformation.OSDescription}, {RuntimeInformation.ProcessArchitecture}; .NET {Environment.Version}; API built {configuration}");
        report.Machine.Add($"PostgreSQL {await raw.ServerVersionAsync()} (fsync {await raw.SettingAsync("fsync")}, synchronous_commit {await raw.SettingAsync("synchronous_commit")}, shared_buffers {await raw.SettingAsync("shared_buffers")})");
        // Other work on the machine moves every figure; the load average says how much there was.
        if (File.Exists("/proc/loadavg")) report.Machine.Add($"load average at the start (1, 5, 15 min): {string.Join(", ", (await File.ReadAllTextAsync("/proc/loadavg")).Split(' ').Take(3))}");
        report.Machine.Add($"mode: {(options.Quick ? "quick" : "full")}, {options.PointDuration.TotalSeconds:0.#} s per point after {options.Warmup.TotalSeconds:0.#} s warm-up, clients {string.Join("/", options.Clients)}; parts: {string.Join(", ", BenchOptions.AllParts.Where(options.Runs))}; data: ~{Num(options.Events)} events in {Num(options.Cases)} cases, COPY of {Num(options.CopyRows)} rows, import of {Num(options.ImportArticles)} articles; {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC");
    }

    private static string Clients(int n) => n == 1 ? "1 client" : $"{n} clients";
}
