using JasperFx.Events.Projections;

namespace CaseTracker.Api.ReadModels;

/// <summary>
/// How many events a projection reads per page when the daemon runs or rebuilds it, and how many
/// read models a rebuild keeps in memory before writing them. Marten's default page (500 events)
/// made a rebuild mostly round trips; with writes deferred, a read model touched by many events of
/// a window is written once. (Marten's experimental RebuildWithBulkCopy was tried and left off: our
/// projections store documents as upserts, so no rebuild batch ever qualified for COPY.)
/// </summary>
public static class ProjectionPaging
{
    public static Action<AsyncOptions> From(IConfiguration configuration)
    {
        var pageSize = configuration.GetValue("Marten:ProjectionPageSize", 10_000);
        var flushThreshold = configuration.GetValue("Marten:RebuildFlushThreshold", 50_000);
        return options =>
        {
            options.BatchSize = pageSize;
            options.RebuildFlushThreshold = flushThreshold;
        };
    }
}
