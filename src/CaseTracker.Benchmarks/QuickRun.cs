using System.Diagnostics;
using CaseTracker.Extraction;

namespace CaseTracker.Benchmarks;

/// <summary>Extraction on one thread, and the lower-case-and-split pass over the same text, measured back to back.</summary>
public sealed record ExtractionSpeed(int Characters, int Claims, int Articles, TimeSpan Took, double ArticlesPerSecond, double BaselinePerSecond)
{
    public double CostOverBaseline => BaselinePerSecond / ArticlesPerSecond;

    public static ExtractionSpeed Measure(TimeSpan duration)
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

        var baselineWatch = Stopwatch.StartNew();
        var passes = 0;
        while (baselineWatch.Elapsed < duration / 5)
        {
            Baseline.Words(input.Text);
            passes++;
        }
        return new ExtractionSpeed(input.Text.Length, claims, articles, watch.Elapsed, articles / watch.Elapsed.TotalSeconds, passes / baselineWatch.Elapsed.TotalSeconds);
    }
}

/// <summary>A Stopwatch loop on one thread: a figure to quote in a README in a few seconds.</summary>
public static class QuickRun
{
    public static void Run(TimeSpan duration)
    {
        var speed = ExtractionSpeed.Measure(duration);
        var perSecond = speed.ArticlesPerSecond;
        Console.WriteLine($"{ClaimExtractor.Name} {ClaimExtractor.Version}");
        Console.WriteLine($"article: {speed.Characters} characters, {speed.Claims} claims");
        Console.WriteLine($"{speed.Articles} articles in {speed.Took.TotalSeconds:0.00} s on one thread: {perSecond:0} articles/s ({1000 / perSecond:0.000} ms per article)");
        Console.WriteLine($"baseline (lower-case and split the same text): {speed.BaselinePerSecond:0} passes/s; extraction costs {speed.CostOverBaseline:0.0}x that pass");
        Console.WriteLine($"target 500 articles/s on one core: {(perSecond >= 500 ? "met" : "NOT met")} ({perSecond / 500:0.0}x)");
        Console.WriteLine($"machine: {Environment.ProcessorCount} logical cores, {System.Runtime.InteropServices.RuntimeInformation.OSDescription}, .NET {Environment.Version}");
    }
}
