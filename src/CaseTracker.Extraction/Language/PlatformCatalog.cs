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

    private readonly Dictionary<string, string> _owners = new(StringComparer.Ordinal);

    /// <summary>The company runs these platforms: its spokesperson speaks for them.</summary>
    public void AddOwner(string owner, IEnumerable<string> products)
    {
        foreach (var product in products) _owners[Canonical(product)] = Canonical(owner);
    }

    /// <summary>The company that runs the platform, or null.</summary>
    public string? OwnerOf(string platform) => _owners.GetValueOrDefault(platform);

    /// <summary>The same platform, or one of them runs the other (Meta and Instagram, Google and YouTube).</summary>
    public bool SameFamily(string x, string y) => x == y || OwnerOf(x) == y || OwnerOf(y) == x;

    public int IndexOf(string name) => _byAlias.TryGetValue(Key(name), out var i) ? i : -1;

    /// <summary>The canonical name for any alias; an unknown name comes back trimmed, unchanged.</summary>
    public string Canonical(string name) => IndexOf(name) is var i and >= 0 ? _names[i] : name.Trim();

    private static string Key(string alias) => Folding.Fold(alias.Trim().TrimStart('=').TrimEnd('*'));
}
