using BenchmarkDotNet.Running;
using CaseTracker.Benchmarks.Bench;

namespace CaseTracker.Benchmarks;

/// <summary>
/// `bench [--quick] ...`: the tracker against its baselines; `--quick`: extraction in a few
/// seconds; anything else goes to BenchmarkDotNet. (A named class, not top-level statements:
/// the API's public <c>Program</c> is referenced here and must not be shadowed.)
/// </summary>
public static class EntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        if (args.FirstOrDefault() == "bench") return await BenchCommand.RunAsync(args[1..], Console.Out);
        if (args.Contains("--quick"))
        {
            QuickRun.Run(TimeSpan.FromSeconds(5));
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(args);
        return 0;
    }
}
