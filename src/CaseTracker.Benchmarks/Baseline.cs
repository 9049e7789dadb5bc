namespace CaseTracker.Benchmarks;

/// <summary>
/// The floor any reader of the text pays: one pass that lower-cases it and splits it into
/// words. Extraction is reported as a multiple of this, measured in the same run, so the
/// figure means something on any machine.
/// </summary>
public static class Baseline
{
    private static readonly char[] Separators = [' ', '\n', '\t', '.', ',', ';', ':', '!', '?', '"', '«', '»', '(', ')'];

    public static int Words(string text) => text.ToLowerInvariant().Split(Separators, StringSplitOptions.RemoveEmptyEntries).Length;
}
