using BenchmarkDotNet.Running;
using CaseTracker.Benchmarks;

if (args.Contains("--quick"))
{
    QuickRun.Run(TimeSpan.FromSeconds(5));
    return;
}
BenchmarkSwitcher.FromAssembly(typeof(ExtractionBenchmark).Assembly).Run(args);
