using CaseTracker.Extraction.Text;

namespace CaseTracker.Extraction.Language;

/// <summary>Canonical platform names and their aliases (X = Twitter, VKontakte = VK ...).</summary>
internal sealed class PlatformCatalog
{
    private readonly List<string> _names = [];
    private readonly Dictionary<string, int> _byAlias = new(StringComparer.Ordinal);

    /// <summary>Aliases per platform index, as written in the data (phrase syntax).</summary>
    public List<List<string>> Aliases { get; } = [];

    public IReadOnlyList<string> Names => _names;

    public int Add(string canonical, IEnumerable<string> aliases)
    {
        var index = IndexOf(canonical);
        if (index < 0)
        {
            index = _names.Count;
            _names.Add(canonical);
            Aliases.Add([canonical]);
            _byAlias[Key(canonical)] = index;
        }
        foreach (var alias in aliases)
        {
            Aliases[index].Add(alias);
            _byAlias.TryAdd(Key(alias), index);
        }
        return index;
    }

    public int IndexOf(string name) => _byAlias.TryGetValue(Key(name), out var i) ? i : -1;

    /// <summary>The canonical name for any alias; an unknown name comes back trimmed, unchanged.</summary>
    public string Canonical(string name) => IndexOf(name) is var i and >= 0 ? _names[i] : name.Trim();

    private static string Key(string alias) => Folding.Fold(alias.Trim().TrimStart('=').TrimEnd('*'));
}
