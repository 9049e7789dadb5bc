using BenchmarkDotNet.Attributes;
using CaseTracker.Extraction;

namespace CaseTracker.Benchmarks;

[MemoryDiagnoser]
public class ExtractionBenchmark
{
    private readonly ClaimExtractor _extractor = new();

    [GlobalSetup]
    public void Warm() => _extractor.Extract(BenchmarkArticle.Input);

    [Benchmark(Baseline = true, Description = "Lower-case and split the same article (baseline)")]
    public int LowerAndSplit() => Baseline.Words(BenchmarkArticle.Input.Text);

    [Benchmark(Description = "Extract one ~3,000-character article")]
    public ExtractionResult Extract() => _extractor.Extract(BenchmarkArticle.Input);
}
