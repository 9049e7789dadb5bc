using Lucene.Net.Tartarus.Snowball;

namespace CaseTracker.Extraction.Lexicon;

/// <summary>
/// A language's Snowball stemmer, named in its data file ("stemmer": "Spanish"): "suspendemos",
/// "suspendieron", "suspenderla" and "suspendida" all meet the listed "suspendió" by their stem.
/// Snowball programs keep state, so each thread gets its own instance.
/// </summary>
internal sealed class Stemmer
{
    /// <summary>Shorter stems say too little ("ban" is fine as a listed word, not as a stem match).</summary>
    public const int MinStem = 5;

    /// <summary>Stems kept per stemmer: enough for a language's running vocabulary, bounded against hostile input.</summary>
    private const int CacheLimit = 50_000;

    private readonly Type _type;
    private readonly ThreadLocal<SnowballProgram> _program;
    // Words repeat across articles (Zipf): a stem computed once is read back instead of running Snowball again.
    private readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> _cache = new(StringComparer.Ordinal);

    private Stemmer(Type type)
    {
        _type = type;
        _program = new ThreadLocal<SnowballProgram>(() => (SnowballProgram)Activator.CreateInstance(_type)!);
    }

    /// <summary>The stemmer of that Snowball name, or null for none (no name, or none of that name).</summary>
    public static Stemmer? For(string? name)
    {
        if (string.IsNullOrWhiteSpace(name)) return null;
        var type = typeof(SnowballProgram).Assembly.GetType($"Lucene.Net.Tartarus.Snowball.Ext.{name.Trim()}Stemmer")
                   ?? throw new InvalidDataException($"no Snowball stemmer named '{name}'");
        return new Stemmer(type);
    }

    /// <summary>The stem of a folded word.</summary>
    public string Stem(string norm)
    {
        if (_cache.TryGetValue(norm, out var cached)) return cached;
        var program = _program.Value!;
        program.SetCurrent(norm);
        program.Stem();
        var stem = program.Current;
        if (_cache.Count < CacheLimit) _cache.TryAdd(norm, stem);
        return stem;
    }
}
