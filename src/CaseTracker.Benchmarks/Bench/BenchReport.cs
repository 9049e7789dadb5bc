using System.Globalization;

namespace CaseTracker.Benchmarks.Bench;

/// <summary>One line of the table: what was measured, the figure, its baseline from the same run and the ratio.</summary>
public sealed record BenchRow(string Measure, string Result, string Baseline = "", string Ratio = "");

/// <summary>The table of one run, the machine it ran on, and every error met on the way.</summary>
public sealed class BenchReport
{
    public List<string> Machine { get; } = [];
    public List<BenchRow> Rows { get; } = [];
    public List<string> Errors { get; } = [];

    public void Add(string measure, string result, string baseline = "", string ratio = "") => Rows.Add(new BenchRow(measure, result, baseline, ratio));

    /// <summary>A load point as a row; its errors are kept for the report.</summary>
    public void Add(string measure, LoadResult load, string baseline = "", string ratio = "")
    {
        if (load.Errors > 0) Errors.Add($"{measure}: {load.Errors} failed, first: {load.FirstError}");
        var cpu = double.IsNaN(load.AppCpuMsPerOp) ? "" : $"; CPU per op: this process {CpuMs(load.AppCpuMsPerOp)}"
            + (double.IsNaN(load.PostgresCpuMsPerOp) ? "" : $", PostgreSQL {CpuMs(load.PostgresCpuMsPerOp)}");
        Add(measure, $"{PerSecond(load.PerSecond)}, p50 {Ms(load.P50Ms)}, p99 {Ms(load.P99Ms)}{cpu}", baseline, ratio);
    }

    public void Write(TextWriter output)
    {
        foreach (var line in Machine) output.WriteLine(line);
        output.WriteLine();
        output.WriteLine("| measure | result | baseline (same run) | ratio |");
        output.WriteLine("|---|---|---|---|");
        foreach (var row in Rows) output.WriteLine($"| {row.Measure} | {row.Result} | {row.Baseline} | {row.Ratio} |");
        output.WriteLine();
        output.WriteLine(Errors.Count == 0 ? "errors: none" : $"errors: {Errors.Count}");
        foreach (var error in Errors) output.WriteLine($"  {error}");
    }

    public static string PerSecond(double value) => $"{Num(value)}/s";
    public static string Ms(double value) => double.IsNaN(value) ? "-" : value < 10 ? $"{value.ToString("0.0", CultureInfo.InvariantCulture)} ms" : $"{Num(value)} ms";
    private static string CpuMs(double value) => $"{value.ToString("0.00", CultureInfo.InvariantCulture)} ms";
    public static string Ratio(double value) => double.IsFinite(value) ? $"{value.ToString("0.00", CultureInfo.InvariantCulture)}x" : "-";
    public static string Num(double value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
