using Yarp.ReverseProxy.Configuration;
using Yarp.ReverseProxy.Health;
using Yarp.ReverseProxy.Forwarder;

namespace CaseTracker.Proxy;

/// <summary>
/// Every path goes to the cluster of API nodes named in Proxy:Nodes (URLs separated by ';').
/// A node is taken out of rotation when its liveness check fails (active, every
/// Proxy:HealthCheckInterval) or when requests to it fail at the transport level (passive: a killed
/// node refuses connections), and taken back when its check passes again. Liveness, not readiness:
/// when the database is away every node is unready, and the nodes' own 503 problems with
/// Retry-After should reach the client rather than the proxy's bare 503.
/// </summary>
public static class NodeRoutes
{
    public const string ClusterId = "api-nodes";

    public static IReadOnlyList<RouteConfig> Routes() =>
        [new RouteConfig { RouteId = "all", ClusterId = ClusterId, Match = new RouteMatch { Path = "{**rest}" } }];

    /// <summary>
    /// Passive checks judge a node on its share of failed requests; YARP's default only judges after
    /// 10 requests, so at low traffic a dead node would be tried until the next active check.
    /// </summary>
    public static void JudgeFromFirstFailure(TransportFailureRateHealthPolicyOptions options) => options.MinimalTotalCountThreshold = 1;

    public static ClusterConfig Cluster(IConfiguration proxy)
    {
        var nodes = (proxy["Nodes"] ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (nodes.Length == 0) throw new InvalidOperationException("Set Proxy:Nodes (environment: Proxy__Nodes) to the API nodes' URLs, separated by ';'.");
        return new ClusterConfig
        {
            ClusterId = ClusterId,
            LoadBalancingPolicy = "RoundRobin",
            // One failed liveness check takes a node out (YARP's default waits for two).
            Metadata = new Dictionary<string, string> { ["ConsecutiveFailuresHealthPolicy.Threshold"] = "1" },
            Destinations = nodes.Select((url, i) => (url, i)).ToDictionary(n => $"node{n.i + 1}", n => new DestinationConfig { Address = n.url }),
            HealthCheck = new HealthCheckConfig
            {
                Active = new ActiveHealthCheckConfig
                {
                    Enabled = true, Path = "/health/live", Policy = HealthCheckConstants.ActivePolicy.ConsecutiveFailures,
                    Interval = proxy.GetValue("HealthCheckInterval", TimeSpan.FromSeconds(2)),
                    Timeout = proxy.GetValue("HealthCheckTimeout", TimeSpan.FromSeconds(2)),
                },
                Passive = new PassiveHealthCheckConfig
                {
                    Enabled = true, Policy = HealthCheckConstants.PassivePolicy.TransportFailureRate,
                    ReactivationPeriod = proxy.GetValue("ReactivationPeriod", TimeSpan.FromSeconds(5)),
                },
            },
            // Longer than a node's own request timeout, so a slow request gets the node's answer, not the proxy's.
            HttpRequest = new ForwarderRequestConfig { ActivityTimeout = proxy.GetValue("RequestTimeout", TimeSpan.FromSeconds(100)) },
        };
    }
}
