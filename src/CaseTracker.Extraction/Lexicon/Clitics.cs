namespace CaseTracker.Extraction.Lexicon;

/// <summary>
/// Words with clitics glued on (Arabic "وبالحساب" = and + with + the + account, "حسابه" = his
/// account) meet the word list entry for the bare word: a token is tried as written, then with
/// the language's prefixes and suffixes taken off, never leaving fewer than two letters.
/// The lists come from the language file; a language without them gets the token alone.
/// </summary>
internal sealed class Clitics
{
    private const int MinimumStem = 2;
    private const int MaximumForms = 16;
    private readonly string[] _prefixes;
    private readonly string[] _suffixes;

    public Clitics(IEnumerable<string> prefixes, IEnumerable<string> suffixes)
    {
        _prefixes = prefixes.Select(p => Text.Folding.Fold(p)).Where(p => p.Length > 0).Distinct().ToArray();
        _suffixes = suffixes.Select(p => Text.Folding.Fold(p)).Where(p => p.Length > 0).Distinct().ToArray();
    }

    public bool HasSuffix(string norm) => _suffixes.Any(s => norm.Length - s.Length >= MinimumStem + 1 && norm.EndsWith(s, StringComparison.Ordinal));

    public bool Any => _prefixes.Length > 0 || _suffixes.Length > 0;

    /// <summary>The word as written first, then every stripped form.</summary>
    public List<string> Forms(string norm)
    {
        var forms = new List<string>(4) { norm };
        if (!Any) return forms;
        for (var i = 0; i < forms.Count && forms.Count < MaximumForms; i++)
            foreach (var p in _prefixes)
                if (forms[i].Length - p.Length >= MinimumStem && forms[i].StartsWith(p, StringComparison.Ordinal) && !forms.Contains(forms[i][p.Length..]))
                    forms.Add(forms[i][p.Length..]);
        var stems = forms.Count;
        for (var i = 0; i < stems && forms.Count < MaximumForms; i++)
            foreach (var s in _suffixes)
                if (forms[i].Length - s.Length >= MinimumStem + 1 && forms[i].EndsWith(s, StringComparison.Ordinal) && !forms.Contains(forms[i][..^s.Length]))
                    forms.Add(forms[i][..^s.Length]);
        return forms;
    }
}
