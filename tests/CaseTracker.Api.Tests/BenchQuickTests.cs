using CaseTracker.Api.Tests.Support;
using CaseTracker.Benchmarks.Bench;

namespace CaseTracker.Api.Tests;

/// <summary>
/// The bench in its CI mode: it runs against a real PostgreSQL and prints a table with every
/// row and no error. Speed is never asserted here (machines differ); the figures are only checked to be there.
/// </summary>
public sealed class BenchQuickTests : IAsyncLifetime
{
    private readonly TestDatabase _server = new();

    public Task InitializeAsync() => _server.StartAsync();

    [Fact]
    public async Task The_quick_bench_prints_every_row_with_its_baseline_and_meets_no_error()
    {
        var options = BenchOptions.Parse(["--quick", "--db", _server.ConnectionString]);
        var log = new StringWriter();

        var report = await BenchCommand.RunAsync(options, log);

        Assert.Empty(report.Errors);
        var table = new StringWriter();
        report.Write(table);
        string[] expected =
        [
            "one-row INSERT + COMMIT, 1 client", "one-row INSERT + COMMIT, 8 clients", "one-row INSERT + COMMIT, 32 clients", "COPY of",
            "extraction", "generator", "(history)", "(list",
            "POST /api/cases (open a case), 1 client", "POST /api/cases (open a case), 8 clients", "POST /api/cases (open a case), 32 clients",
            "/actions (existing cases), 1 client", "/actions (existing cases), 8 clients", "/actions (existing cases), 32 clients",
            "POST /api/sources (ingest", "async projection lag", "import of", "rebuild of every projection", "peak working set",
        ];
        foreach (var measure in expected) Assert.Contains(report.Rows, r => r.Measure.Contains(measure, StringComparison.Ordinal));
        Assert.Equal(3, report.Rows.Count(r => r.Measure.StartsWith("POST /api/sources", StringComparison.Ordinal)));
        // Every figure was measured: no empty result, no percentile of nothing.
        Assert.All(report.Rows, r => Assert.False(string.IsNullOrWhiteSpace(r.Result) || r.Result.Contains("p50 -"), r.Measure + ": " + r.Result));
        // Writes, rebuild, import and extraction each carry the baseline measured in the same run.
        Assert.All(report.Rows.Where(r => r.Measure.StartsWith("POST", StringComparison.Ordinal) || r.Measure.StartsWith("rebuild", StringComparison.Ordinal) || r.Measure.StartsWith("import", StringComparison.Ordinal)),
            r => Assert.Matches(@"^\d+\.\d\dx$", r.Ratio));
        Assert.Contains("| measure | result | baseline (same run) | ratio |", table.ToString());
        Assert.Contains("errors: none", table.ToString());
        Assert.Contains("PostgreSQL 15", table.ToString());
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();
}
