using System.Diagnostics;
using System.Net;
using System.Text.Json;
using CaseTracker.Api.Tests.Support;
using Xunit.Abstractions;

namespace CaseTracker.Api.Tests.Nodes;

/// <summary>
/// Three nodes behind the proxy under write load; the node running the async projection is killed
/// with SIGKILL. Clients retrying a bounded number of times keep getting answers, every
/// acknowledged write is in the case histories, and the projection moves to a survivor and counts
/// every action the histories hold. The failover seen by the clients is printed, not asserted.
/// </summary>
[Collection(NodesCollection.Name)]
public sealed class NodeFailoverTests(ITestOutputHelper output)
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(90);

    [Fact]
    public async Task Killing_the_node_that_runs_the_projection_loses_no_acknowledged_write_and_the_projection_moves_to_a_survivor()
    {
        await using var database = new TestDatabase();
        await database.StartAsync();
        var started = Stopwatch.StartNew();
        await using var cluster = await NodeCluster.StartAsync(database.ConnectionString, 3);
        output.WriteLine($"3 nodes and the proxy started in {started.Elapsed.TotalSeconds:F0} s");
        try
        {
            using var http = cluster.Client();
            var client = new Retrying(http);
            var platform = ApiClient.UniquePlatform();
            var cases = new List<Guid>();
            for (var i = 0; i < 2; i++)
            {
                var (status, body) = await client.PostAsync("/api/cases", new { platform, subject = new { name = $"Group {Guid.NewGuid():N}", kind = "group" }, newPlatform = true });
                Assert.Equal(HttpStatusCode.Created, status);
                cases.Add(body.GetProperty("caseId").GetGuid());
            }
            var owner = await Eventually(cluster.ProjectionOwnerAsync, id => id is not null, "the projection assigned to a node");
            var victim = cluster.Nodes.Single(n => n.Id == owner);
            output.WriteLine($"the projection runs on {victim.Process.Name}; killing it under load");

            // Two writers, one case each, until each has written a few actions after the kill.
            var acknowledged = new System.Collections.Concurrent.ConcurrentBag<(Guid CaseId, Guid ActionId, TimeSpan At)>();
            var clock = Stopwatch.StartNew();
            var killedAt = TimeSpan.MaxValue;
            var killed = false;
            // Each writer goes on until three of its writes were acknowledged after the kill (a fast
            // machine finished a fixed ten before the kill), within a cap so a dead cluster still ends the test.
            var writers = cases.Select(caseId => Task.Run(async () =>
            {
                var afterKill = 0;
                for (var n = 0; n < 400 && afterKill < 3; n++)
                {
                    var wasKilled = Volatile.Read(ref killed);
                    var (status, body) = await client.PostAsync($"/api/cases/{caseId}/actions", new
                    {
                        type = "suspended", occurredOn = new { value = "2020-01-15" }, source = new { outlet = $"Outlet {Guid.NewGuid():N}" },
                    });
                    if (status != HttpStatusCode.Created) continue;
                    acknowledged.Add((caseId, body.GetProperty("id").GetGuid(), clock.Elapsed));
                    if (wasKilled) afterKill++;
                }
            })).ToList();
            await Eventually(() => Task.FromResult(acknowledged.Count), count => count >= 6, "writes before the kill");
            killedAt = clock.Elapsed;
            var answersBeforeKill = client.Statuses.Count;
            victim.Process.Kill();
            Volatile.Write(ref killed, true);
            await Task.WhenAll(writers);

            var afterKill = acknowledged.Where(a => a.At > killedAt).OrderBy(a => a.At).ToList();
            output.WriteLine($"{acknowledged.Count} writes acknowledged, {afterKill.Count} after the kill; " +
                $"first acknowledged {(afterKill.Count > 0 ? (afterKill[0].At - killedAt).TotalMilliseconds.ToString("F0") + " ms" : "never")} after the kill; " +
                $"answers from the kill on: {string.Join(", ", client.Statuses.Skip(answersBeforeKill).GroupBy(s => s).OrderBy(g => g.Key).Select(g => $"{(g.Key == 0 ? "no answer" : g.Key.ToString())} x{g.Count()}"))}");
            Assert.NotEmpty(afterKill);
            Assert.DoesNotContain(client.Statuses, s => s >= 500 && s is not (502 or 503 or 504));

            // Every acknowledged action is in its case's history.
            var recorded = 0;
            foreach (var caseId in cases)
            {
                var events = await client.GetAsync($"/api/cases/{caseId}/events");
                var actionIds = events.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "action_recorded")
                    .Select(e => e.GetProperty("data").GetProperty("actionId").GetGuid()).ToHashSet();
                Assert.All(acknowledged.Where(a => a.CaseId == caseId), a => Assert.Contains(a.ActionId, actionIds));
                recorded += actionIds.Count;
            }

            // The projection moved to a survivor and counts every action the histories hold.
            var moved = await Eventually(cluster.ProjectionOwnerAsync, id => id is not null && id != victim.Id, "the projection on a surviving node");
            output.WriteLine($"the projection moved to {cluster.Nodes.Single(n => n.Id == moved).Process.Name}, seen {(clock.Elapsed - killedAt).TotalSeconds:F1} s after the kill");
            var counted = await Eventually(async () => await ActionsCounted(client, platform), count => count == recorded, $"{recorded} actions counted by the platform activity");
            Assert.Equal(recorded, counted);
        }
        catch
        {
            output.WriteLine(cluster.RecentOutput);
            throw;
        }
    }

    private static async Task<int> ActionsCounted(Retrying client, string platform)
    {
        var page = await client.GetAsync($"/api/platforms/{Uri.EscapeDataString(platform)}/activity");
        return page.GetProperty("items").EnumerateArray().Sum(m => m.GetProperty("actions").GetInt32());
    }

    /// <summary>Polls until the condition holds, within a bound; fails naming what never happened.</summary>
    private static async Task<T> Eventually<T>(Func<Task<T>> read, Func<T, bool> done, string what)
    {
        var deadline = DateTime.UtcNow + Bound;
        T value;
        while (!done(value = await read()))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"not reached within {Bound}: {what} (last seen: {value})");
            await Task.Delay(250);
        }
        return value;
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NodesCollection
{
    public const string Name = "nodes";
}
