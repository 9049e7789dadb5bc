using System.Diagnostics;
using System.Net;
using System.Text;
using CaseTracker.Api.Tests.Support;
using Microsoft.AspNetCore.Hosting;

namespace CaseTracker.Api.Tests.Sources;

/// <summary>
/// The shapes that made one request keep a core busy for minutes: each is answered, and the
/// process is idle once it has answered. CPU time is measured, with bounds generous enough for a
/// slow shared machine and far below what the shapes cost unbounded (minutes). These tests run
/// alone (their collection is not parallel) so the process's CPU time is theirs.
/// </summary>
[Collection(BoundedWorkCollection.Name)]
public sealed class BoundedWorkTests(BoundedWorkFixture fixture)
{
    private static readonly TimeSpan MaxCpuForOneRequest = TimeSpan.FromSeconds(20);
    private static readonly TimeSpan Quiet = TimeSpan.FromSeconds(3);

    internal static readonly string[] ShapeNames = ["one 1 MB word", "100,000 nested div", "1 MB of punctuation", "1 MB of one repeated name", "1 MB of one sentence of actions"];

    public static TheoryData<string> Shapes => new(ShapeNames);

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_hostile_shape_is_answered_and_leaves_the_cpu_idle(string shape)
    {
        var body = Body(shape, 1_000_000);
        using var client = fixture.Client();
        client.Timeout = TimeSpan.FromSeconds(120);
        var process = Process.GetCurrentProcess();
        var before = process.TotalProcessorTime;

        var response = await new ApiClient(client).Post("/api/sources", body);

        process.Refresh();
        var spent = process.TotalProcessorTime - before;
        Assert.True((int)response.StatusCode < 500, $"{shape}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.True(spent < MaxCpuForOneRequest, $"{shape}: the request used {spent.TotalSeconds:F1} s of CPU");

        var after = process.TotalProcessorTime;
        await Task.Delay(Quiet);
        process.Refresh();
        var idle = process.TotalProcessorTime - after;
        Assert.True(idle < Quiet / 2, $"{shape}: {idle.TotalSeconds:F1} s of CPU in the {Quiet.TotalSeconds} s after the answer");
    }

    /// <summary>The request for a shape, at about the given size.</summary>
    internal static object Body(string shape, int size) => shape switch
    {
        "one 1 MB word" => Articles.Text(new string('a', size), Articles.UniqueUrl()),
        "100,000 nested div" => new { outlet = "Deep", url = Articles.UniqueUrl(), html = string.Concat(Enumerable.Repeat("<div>", size / 10)) + Guid.NewGuid() },
        "1 MB of punctuation" => Articles.Text(Repeat("!?.,;:\"'()«»", size), Articles.UniqueUrl()),
        "1 MB of one repeated name" => Articles.Text(Repeat("John Smith ", size), Articles.UniqueUrl()),
        _ => Articles.Text(Repeat("Twitter suspended the account of John Smith and ", size), Articles.UniqueUrl()),
    };

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length) text.Append(unit);
        return text.ToString(0, length);
    }
}

/// <summary>
/// A host that takes 4 MB bodies, so the shapes reach the text paths. It is warmed first: every
/// shape once at a small size, then a wait until the runtime has finished recompiling the hot
/// methods (its tiered-compilation thread kept a core busy for seconds after the first request,
/// which is start-up work, not work a hostile shape left behind).
/// </summary>
public sealed class BoundedWorkFixture : ApiFixture
{
    protected override void Configure(IWebHostBuilder host) => host.UseSetting("Limits:MaxBodyBytes", "4194304");

    protected override async Task WarmAsync()
    {
        using var client = Client();
        foreach (var shape in BoundedWorkTests.ShapeNames)
            await new ApiClient(client).Post("/api/sources", BoundedWorkTests.Body(shape, 20_000));
        await WaitForQuietAsync(TimeSpan.FromSeconds(60));
    }

    /// <summary>Waits until the process spends under a tenth of a core for a whole second, or the limit passes.</summary>
    private static async Task WaitForQuietAsync(TimeSpan limit)
    {
        var process = Process.GetCurrentProcess();
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < limit)
        {
            process.Refresh();
            var before = process.TotalProcessorTime;
            await Task.Delay(TimeSpan.FromSeconds(1));
            process.Refresh();
            if (process.TotalProcessorTime - before < TimeSpan.FromMilliseconds(100)) return;
        }
    }
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BoundedWorkCollection : ICollectionFixture<BoundedWorkFixture>
{
    public const string Name = "bounded work";
}
