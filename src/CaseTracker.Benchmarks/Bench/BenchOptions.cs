namespace CaseTracker.Benchmarks.Bench;

/// <summary>
/// How big and how long a bench run is. `--quick` (CI) takes seconds; the full run a few
/// minutes plus the time to generate its data. Every figure can be overridden.
/// </summary>
public sealed record BenchOptions
{
    public bool Quick { get; init; }
    /// <summary>A PostgreSQL server to use (a fresh database is created on it and dropped after); else a private cluster is started.</summary>
    public string? ConnectionString { get; init; }
    /// <summary>Port of the private cluster started with deploy/pg-local.sh when no connection string is given.</summary>
    public int LocalPort { get; init; } = 5499;
    public TimeSpan PointDuration { get; init; } = TimeSpan.FromSeconds(10);
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(2);
    public int[] Clients { get; init; } = [1, 8, 32];
    /// <summary>Events the generator stores before the reads are measured.</summary>
    public int Events { get; init; } = 1_000_000;
    /// <summary>Cases those events belong to.</summary>
    public int Cases { get; init; } = 100_000;
    public int CopyRows { get; init; } = 500_000;
    /// <summary>Articles the bulk import reads.</summary>
    public int ImportArticles { get; init; } = 5_000;
    public TimeSpan ExtractionDuration { get; init; } = TimeSpan.FromSeconds(5);
    public bool KeepDatabase { get; init; }
    /// <summary>The parts to measure after the baselines and the generator (all when not narrowed with --only).</summary>
    public IReadOnlySet<string> Parts { get; init; } = AllParts;

    public static readonly IReadOnlySet<string> AllParts = new HashSet<string> { "reads", "writes", "lag", "import", "rebuild" };

    public bool Runs(string part) => Parts.Contains(part);

    public static BenchOptions Parse(IReadOnlyList<string> args)
    {
        var quick = args.Contains("--quick");
        var options = quick
            ? new BenchOptions
            {
                Quick = true, PointDuration = TimeSpan.FromSeconds(1), Warmup = TimeSpan.FromMilliseconds(300),
                Events = 3_000, Cases = 300, CopyRows = 20_000, ImportArticles = 100, ExtractionDuration = TimeSpan.FromSeconds(1),
            }
            : new BenchOptions();
        for (var i = 0; i < args.Count; i++)
        {
            string Next() => i + 1 < args.Count ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--quick" => options,
                "--db" => options with { ConnectionString = Next() },
                "--port" => options with { LocalPort = int.Parse(Next()) },
                "--seconds" => options with { PointDuration = TimeSpan.FromSeconds(double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture)) },
                "--clients" => options with { Clients = Next().Split(',').Select(int.Parse).ToArray() },
                "--events" => options with { Events = int.Parse(Next()) },
                "--cases" => options with { Cases = int.Parse(Next()) },
                "--copy-rows" => options with { CopyRows = int.Parse(Next()) },
                "--import" => options with { ImportArticles = int.Parse(Next()) },
                "--keep" => options with { KeepDatabase = true },
                "--only" => options with { Parts = OnlyParts(Next()) },
                var unknown => throw new ArgumentException($"Unknown bench option {unknown}. Options: --quick --db CONN --port N --seconds S --clients 1,8,32 --events N --cases N --copy-rows N --import N --keep --only reads,writes,lag,import,rebuild"),
            };
        }
        if (options.Cases < 1 || options.Events < options.Cases * 4)
            throw new ArgumentException("--events must be at least four times --cases (a case with one article is about eight events).");
        return options;
    }

    private static HashSet<string> OnlyParts(string list)
    {
        var parts = list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var unknown = parts.Where(p => !AllParts.Contains(p.ToLowerInvariant())).ToList();
        if (parts.Count == 0 || unknown.Count > 0)
            throw new ArgumentException($"--only takes some of {string.Join(",", AllParts)}; not {string.Join(",", unknown)}.");
        return parts.Select(p => p.ToLowerInvariant()).ToHashSet();
    }
}
