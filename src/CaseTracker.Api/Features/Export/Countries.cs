using System.Globalization;

namespace CaseTracker.Api.Features.Export;

/// <summary>Reads a scope ("FR", "France", "India") as an ISO 3166-1 alpha-2 country code, when it names one country.</summary>
public static class Countries
{
    /// <summary>The codes the DSA Transparency Database accepts in territorial_scope: the EU and EEA states.</summary>
    public static readonly IReadOnlySet<string> Eea = new HashSet<string>(
    [
        "AT", "BE", "BG", "CY", "CZ", "DE", "DK", "EE", "ES", "FI", "FR", "GR", "HR", "HU", "IE", "IT", "LT", "LU", "LV",
        "MT", "NL", "PL", "PT", "RO", "SE", "SI", "SK", "IS", "LI", "NO",
    ]);

    private static readonly Lazy<Dictionary<string, string>> ByName = new(Load);

    public static string? CodeOf(string? scope)
    {
        var text = scope?.Trim();
        if (string.IsNullOrEmpty(text)) return null;
        if (text.Length == 2 && text.All(char.IsAsciiLetter))
        {
            var code = text.ToUpperInvariant();
            // "EL" is how EU texts write Greece.
            if (code == "EL") return "GR";
            return Eea.Contains(code) || ByName.Value.ContainsValue(code) ? code : null;
        }
        return ByName.Value.TryGetValue(text, out var named) ? named : null;
    }

    private static Dictionary<string, string> Load()
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        // Without ICU (invariant globalization) there are no regions to read; only codes then resolve.
        foreach (var culture in CultureInfo.GetCultures(CultureTypes.SpecificCultures))
        {
            RegionInfo region;
            try { region = new RegionInfo(culture.Name); }
            catch (ArgumentException) { continue; }
            if (region.TwoLetterISORegionName.Length != 2 || !region.TwoLetterISORegionName.All(char.IsAsciiLetter)) continue;
            names.TryAdd(region.EnglishName, region.TwoLetterISORegionName);
            names.TryAdd(region.NativeName, region.TwoLetterISORegionName);
            names.TryAdd(region.TwoLetterISORegionName, region.TwoLetterISORegionName);
        }
        return names;
    }
}
