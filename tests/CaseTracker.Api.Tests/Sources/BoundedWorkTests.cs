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

    public static TheoryData<string> Shapes => ["one 1 MB word", "100,000 nested div", "1 MB of punctuation", "1 MB of one repeated name", "1 MB of one sentence of actions"];

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task A_hostile_shape_is_answered_and_leaves_the_cpu_idle(string shape)
    {
        var body = shape switch
        {
            "one 1 MB word" => Articles.Text(new string('a', 1_000_000), Articles.UniqueUrl()),
            "100,000 nested div" => new { outlet = "Deep", url = Articles.UniqueUrl(), html = string.Concat(Enumerable.Repeat("<div>", 100_000)) + Guid.NewGuid() },
            "1 MB of punctuation" => Articles.Text(Repeat("!?.,;:\"'()«»", 1_000_000), Articles.UniqueUrl()),
            "1 MB of one repeated name" => Articles.Text(Repeat("John Smith ", 1_000_000), Articles.UniqueUrl()),
            _ => Articles.Text(Repeat("Twitter suspended the account of John Smith and ", 1_000_000), Articles.UniqueUrl()),
        };
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

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length) text.Append(unit);
        return text.ToString(0, length);
    }
}

/// <summary>A host that takes 4 MB bodies, so the shapes reach the text paths.</summary>
public sealed class BoundedWorkFixture : ApiFixture
{
    protected override void Configure(IWebHostBuilder host) => host.UseSetting("Limits:MaxBodyBytes", "4194304");
}

[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BoundedWorkCollection : ICollectionFixture<BoundedWorkFixture>
{
    public const string Name = "bounded work";
}
