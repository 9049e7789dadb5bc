using CaseTracker.Extraction.Language;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Platforms;

/// <summary>
/// The one platform vocabulary of the API, the extraction and the exports: canonical names and
/// their aliases (X = Twitter ...), read from Languages/platforms.json.
/// </summary>
public static class PlatformNames
{
    private static PlatformCatalog Catalog => LanguageCatalog.Instance.Platforms;

    /// <summary>Every canonical name, in the catalogue's order.</summary>
    public static IReadOnlyList<string> All => Catalog.Names;

    /// <summary>The canonical name for a name or alias, whatever its case ("x", "X", "twitter" -> Twitter); null when unknown.</summary>
    public static string? Canonical(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : Catalog.IndexOf(name) is var i and >= 0 ? Catalog.Names[i] : null;

    /// <summary>The canonical name when known, else the name as given (trimmed): a platform the catalogue does not have yet.</summary>
    public static string CanonicalOrGiven(string name) => Canonical(name) ?? name.Trim();

    /// <summary>Known platforms whose name or an alias is spelt close to this one ("Twiter" -> Twitter).</summary>
    public static IReadOnlyList<string> Nearest(string name) =>
        NearestNames.Find(name, Catalog.Aliases.SelectMany((aliases, i) => aliases
            .Where(a => !a.StartsWith("=", StringComparison.Ordinal) || a.Length > 2)
            .Select(a => (a.TrimStart('=').TrimEnd('*'), Catalog.Names[i]))));
}
