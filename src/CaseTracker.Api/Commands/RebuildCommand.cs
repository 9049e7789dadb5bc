using System.Diagnostics;
using JasperFx.CommandLine;
using Marten;

namespace CaseTracker.Api.Commands;

public sealed class RebuildInput : NetCoreInput
{
    [Description("Longest one projection's replay may take, in minutes")]
    [FlagAlias("timeout", 't')]
    public int TimeoutFlag { get; set; } = 30;
}

/// <summary>
/// `rebuild`: every projection replayed from the events. JasperFx's `projections` command also
/// rebuilds, but one selection at a time and fanned out in parallel; this is the one command an
/// operator runs after a read model's code changed: every projection, inline ones too, in the
/// order they depend on each other, each printed with the time it took.
/// </summary>
[Description("Rebuilds every projection (inline and async) from the events, printing each one and the time it took", Name = "rebuild")]
public sealed class RebuildCommand : JasperFxAsyncCommand<RebuildInput>
{
    public override async Task<bool> Execute(RebuildInput input)
    {
        using var host = input.BuildHost();
        return await Run(host.Services, TimeSpan.FromMinutes(input.TimeoutFlag), Console.Out);
    }

    public static async Task<bool> Run(IServiceProvider services, TimeSpan timeout, TextWriter output)
    {
        var rebuild = new ProjectionRebuild(services.GetRequiredService<IDocumentStore>(), services);
        var total = Stopwatch.StartNew();
        var done = await rebuild.RunAsync(timeout, p =>
            output.WriteLine($"rebuilt {p.Name} ({p.Lifecycle.ToString().ToLowerInvariant()}) in {p.Took.TotalSeconds:0.00} s"));
        output.WriteLine($"{done.Count} projections rebuilt in {total.Elapsed.TotalSeconds:0.00} s.");
        return true;
    }
}
