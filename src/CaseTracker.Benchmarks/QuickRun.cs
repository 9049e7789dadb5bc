using System.Diagnostics;
using CaseTracker.Extraction;

namespace CaseTracker.Benchmarks;

/// <summary>A Stopwatch loop on one thread: a figure to quote in a README in a few seconds.</summary>
public static class QuickRun
{
    public static void Run(TimeSpan duration)
    {
        var extractor = new ClaimExtractor();
        var input = BenchmarkArticle.Input;
        var claims = extractor.Extract(input).Claims.Count;
        for (var i = 0; i < 200; i++) extractor.Extract(input); // JIT and tiered compilation settle first

        var watch = Stopwatch.StartNew();
        var articles = 0;
        while (watch.Elapsed < duration)
        {
            extractor.Extract(input);
            articles++;
        }
        watch.Stop();
        var perSecond = articles / watch.Elapsed.TotalSeconds;

        var baselineWatch = Stopwatch.StartNew();
        var passes = 0;
        while (baselineWatch.Elapsed < duration / 5)
        {
            Baseline.Words(input.Text);
            passes++;
        }
        var baselinePerSecond = passes / baselineWatch.Elapsed.TotalSeconds;
        Console.WriteLine($"{ClaimExtractor.Name} {ClaimExtractor.Version}");
        Console.WriteLine($"article: {input.Text.Length} characters, {claims} claims");
        Console.WriteLine($"{articles} articles in {watch.Elapsed.TotalSeconds:0.00} s on one thread: {perSecond:0} articles/s ({1000 / perSecond:0.000} ms per article)");
        Console.WriteLine($"baseline (lower-case and split the same text): {baselinePerSecond:0} passes/s; extraction costs {baselinePerSecond / perSecond:0.0}x that pass");
        Console.WriteLine($"target 500 articles/s on one core: {(perSecond >= 500 ? "met" : "NOT met")} ({perSecond / 500:0.0}x)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
