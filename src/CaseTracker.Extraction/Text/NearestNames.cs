using F23.StringSimilarity;

namespace CaseTracker.Extraction.Text;

/// <summary>"Did you mean": the known names closest to a misspelt one, by edit distance (a swap of two letters counts once).</summary>
public static class NearestNames
{
    private static readonly Damerau Distance = new();

    /// <summary>
    /// Up to <paramref name="max"/> names whose spellings are within a third of the word's length
    /// (at least one edit) of <paramref name="wanted"/>, closest first; compared without case.
    /// </summary>
    public static IReadOnlyList<string> Find(string wanted, IEnumerable<(string Spelling, string Name)> known, int max = 3)
    {
        var target = wanted.Trim().ToLowerInvariant();
        var allowed = Math.Max(1, target.Length / 3);
        return known
            .Select(k => (k.Name, Distance: Distance.Distance(target, k.Spelling.ToLowerInvariant())))
            .Where(k => k.Distance <= allowed)
            .GroupBy(k => k.Name)
            .Select(g => (Name: g.Key, Distance: g.Min(k => k.Distance)))
            .OrderBy(k => k.Distance).ThenBy(k => k.Name, StringComparer.Ordinal)
            .Take(max).Select(k => k.Name).ToList();
    }

    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int max = 3) =>
        Find(wanted, known.Select(k => (k, k)), max);
}
