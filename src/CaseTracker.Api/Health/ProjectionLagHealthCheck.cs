using Marten;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace CaseTracker.Api.Health;

/// <summary>
/// Ready also means the asynchronous projections keep up: more than Health:MaxProjectionLagEvents
/// events (default 10,000) between the newest event and the slowest async projection is unhealthy,
/// since reads of those read models would be that far behind. The lag is in the check's data.
/// (The store has async projections: with none, this check would count every event as lag.)
/// </summary>
public sealed class ProjectionLagHealthCheck(IDocumentStore store, IConfiguration configuration) : IHealthCheck
{
    private readonly long _maxLag = configuration.GetValue<long?>("Health:MaxProjectionLagEvents") ?? 10_000;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            var newest = (await store.Advanced.FetchEventStoreStatistics(token: cancellationToken)).EventSequenceNumber;
            var progress = (await store.Advanced.AllProjectionProgress(token: cancellationToken))
                .Where(s => !s.ShardName.StartsWith("HighWaterMark", StringComparison.Ordinal)).ToList();
            // A daemon that has recorded nothing yet is as far behind as the whole store.
            var slowest = progress.Count == 0 ? 0 : progress.Min(p => p.Sequence);
            var lag = Math.Max(0, newest - slowest);
            var data = new Dictionary<string, object> { ["projectionLagEvents"] = lag };
            return lag > _maxLag
                ? HealthCheckResult.Unhealthy($"Async projections are {lag} events behind.", data: data)
                : HealthCheckResult.Healthy($"Async projections are {lag} events behind.", data);
        }
        catch (Exception)
        {
            return HealthCheckResult.Unhealthy("The projection progress cannot be read.");
        }
    }
}
