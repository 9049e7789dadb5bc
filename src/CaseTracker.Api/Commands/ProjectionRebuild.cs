using System.Diagnostics;
using JasperFx.Events.Daemon;
using JasperFx.Events.Projections;
using Marten;

namespace CaseTracker.Api.Commands;

/// <summary>One projection rebuilt: its name, lifecycle and how long the replay took.</summary>
public sealed record RebuiltProjection(string Name, ProjectionLifecycle Lifecycle, TimeSpan Took);

/// <summary>
/// Rebuilds every projection from the events: inline ones first (the async platform activity
/// reads the inline <c>PlatformActivityCase</c> lookup), then the async ones, a few at a time
/// (Rebuild:Parallelism, default 4).
/// Used by the rebuild command and by the tests.
/// </summary>
public sealed class ProjectionRebuild(IDocumentStore store, IServiceProvider services)
{
    public async Task<IReadOnlyList<RebuiltProjection>> RunAsync(TimeSpan shardTimeout, Action<RebuiltProjection>? progress = null, CancellationToken ct = default)
    {
        // The running daemon when there is one (a started host): rebuilding through it pauses its own
        // agent for the projection, where a second daemon would race it. Otherwise (the command line) a fresh one.
        var coordinator = services.GetService<IProjectionCoordinator>();
        var daemon = coordinator is null ? await store.BuildProjectionDaemonAsync() : coordinator.DaemonForMainDatabase();

        // Replays wait mostly on the database (a page read, a batch written): several at once keep the
        // cores busy. Inline ones first, together; then the async ones, which may read what they build.
        var parallelism = Math.Max(1, services.GetService<IConfiguration>()?.GetValue("Rebuild:Parallelism", 4) ?? 4);
        var done = new List<RebuiltProjection>();
        foreach (var stage in Projections(store).GroupBy(p => p.Lifecycle))
            await Parallel.ForEachAsync(stage, new ParallelOptions { MaxDegreeOfParallelism = parallelism, CancellationToken = ct }, async (projection, token) =>
            {
                var clock = Stopwatch.StartNew();
                await daemon.RebuildProjectionAsync(projection.Name, shardTimeout, token);
                var rebuilt = new RebuiltProjection(projection.Name, projection.Lifecycle, clock.Elapsed);
                lock (done)
                {
                    done.Add(rebuilt);
                    progress?.Invoke(rebuilt);
                }
            });
        return done;
    }

    public static IReadOnlyList<(string Name, ProjectionLifecycle Lifecycle)> Projections(IDocumentStore store) =>
        store.Options.Events.Projections()
            .Where(p => p.Lifecycle is ProjectionLifecycle.Inline or ProjectionLifecycle.Async)
            .OrderBy(p => p.Lifecycle == ProjectionLifecycle.Inline ? 0 : 1)
            .Select(p => (p.Name, p.Lifecycle))
            .ToList();
}
