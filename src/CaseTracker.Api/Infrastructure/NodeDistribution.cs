using Marten;
using Wolverine;
using Wolverine.Marten;

namespace CaseTracker.Api.Infrastructure;

/// <summary>
/// Several API nodes on one database (Marten:DaemonMode=Distributed): Wolverine's agent system,
/// which tracks the nodes in its tables in the same database, elects a leader that runs each async
/// projection on exactly one live node and moves it when that node stops answering its health
/// checks. The timings (Nodes section) decide how soon a dead node's projections move.
/// </summary>
public static class NodeDistribution
{
    public const string Mode = "Distributed";

    public static bool IsOn(IConfiguration configuration) =>
        string.Equals(configuration["Marten:DaemonMode"], Mode, StringComparison.OrdinalIgnoreCase);

    public static void Apply(MartenServiceCollectionExtensions.MartenConfigurationExpression store, IServiceCollection services, IConfiguration configuration)
    {
        // Replaces Marten's own daemon (AddAsyncDaemon): the two must not both run projections.
        store.IntegrateWithWolverine(w => w.UseWolverineManagedEventSubscriptionDistribution = true);
        var nodes = configuration.GetSection("Nodes");
        services.ConfigureWolverine(options =>
        {
            var durability = options.Durability;
            durability.Mode = DurabilityMode.Balanced;
            // A node writes its heartbeat this often; one silent for StaleNodeTimeout is dead and loses its agents.
            durability.HealthCheckPollingTime = nodes.GetValue("HealthCheckPollingTime", durability.HealthCheckPollingTime);
            durability.StaleNodeTimeout = nodes.GetValue("StaleNodeTimeout", durability.StaleNodeTimeout);
            durability.CheckAssignmentPeriod = nodes.GetValue("CheckAssignmentPeriod", durability.CheckAssignmentPeriod);
            durability.FirstHealthCheckExecution = nodes.GetValue("FirstHealthCheckExecution", durability.FirstHealthCheckExecution);
        });
    }
}
