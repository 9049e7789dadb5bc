using System.Security.Cryptography;
using System.Text.Json;

namespace CaseTracker.Extraction.Language;

/// <summary>
/// The embedded language files, loaded and compiled once per process. The data hash is part of
/// the extractor version, so a changed word list is recorded as a new extractor run.
/// </summary>
internal sealed class LanguageCatalog
{
    private const string Prefix = "CaseTracker.Extraction.Languages.";
    private static readonly Lazy<LanguageCatalog> Lazy = new(Load, LazyThreadSafetyMode.ExecutionAndPublication);

    public static LanguageCatalog Instance => Lazy.Value;

    public PlatformCatalog Platforms { get; } = new();
    public IReadOnlyDictionary<string, LanguagePack> Languages { get; private set; } = new Dictionary<string, LanguagePack>();
    public string DataHash { get; private set; } = "";

    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
    };

    private static LanguageCatalog Load()
    {
        var assembly = typeof(LanguageCatalog).Assembly;
        var catalog = new LanguageCatalog();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var names = assembly.GetManifestResourceNames().Where(n => n.StartsWith(Prefix, StringComparison.Ordinal)
            && n.EndsWith(".json", StringComparison.Ordinal)).Order(StringComparer.Ordinal).ToList();
        string Read(string name)
        {
            using var stream = assembly.GetManifestResourceStream(name)!;
            using var reader = new StreamReader(stream);
            var text = reader.ReadToEnd();
            hash.AppendData(System.Text.Encoding.UTF8.GetBytes(text));
            return text;
        }

        var platforms = JsonSerializer.Deserialize<PlatformData>(Read(Prefix + "platforms.json"), Options)!;
        foreach (var (canonical, aliases) in platforms.Platforms) catalog.Platforms.Add(canonical, aliases);
        foreach (var (owner, products) in platforms.Owners) catalog.Platforms.AddOwner(owner, products);

        var languages = new Dictionary<string, LanguagePack>(StringComparer.Ordinal);
        foreach (var name in names.Where(n => n != Prefix + "platforms.json"))
        {
            var data = JsonSerializer.Deserialize<LanguageData>(Read(name), Options)!;
            languages[data.Code] = new LanguagePack(data, catalog.Platforms);
        }
        catalog.Languages = languages;
        catalog.DataHash = Convert.ToHexStringLower(hash.GetHashAndReset())[..8];
        return catalog;
    }
}
