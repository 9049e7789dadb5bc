using CaseTracker.Extraction;

namespace CaseTracker.Api.Commands;

/// <summary>
/// extract and eval: the extractor on files, with no database and no web host, so their
/// standard output is nothing but their results (JSON lines, or the score table).
///   extract PATH... [--language xx] [--published YYYY-MM-DD]
///   eval DIR        (a corpus root with dev/ and test/: one score block per split)
/// </summary>
public static class OfflineCommands
{
    public static bool Handles(string[] args) => args is ["extract", ..] or ["eval", ..];

    public static int Run(string[] args, TextWriter output, TextWriter errors)
    {
        try
        {
            return args[0] == "extract" ? Extract(args[1..], output, errors) : Eval(args[1..], output, errors);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or ArgumentException)
        {
            errors.WriteLine(e.Message);
            return 1;
        }
    }

    private static int Extract(string[] args, TextWriter output, TextWriter errors)
    {
        string? language = null, publishedText = null;
        var paths = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--language" or "-l" when i + 1 < args.Length: language = args[++i]; break;
                case "--published" or "-p" when i + 1 < args.Length: publishedText = args[++i]; break;
                default: paths.Add(args[i]); break;
            }
        }
        if (paths.Count == 0) return Usage(errors);
        DateOnly? published = null;
        if (publishedText is not null)
        {
            if (!DateOnly.TryParseExact(publishedText, "yyyy-MM-dd", out var date))
            {
                errors.WriteLine($"--published must be a date as YYYY-MM-DD, not '{publishedText}'.");
                return 1;
            }
            published = date;
        }

        var extractor = new ClaimExtractor();
        foreach (var file in ArticleFiles.Find(paths))
        {
            var article = ArticleFiles.Read(file, language, published);
            var input = article.ToInput() with { Language = string.IsNullOrEmpty(article.Language) ? null : article.Language };
            output.WriteLine(ClaimJson.Render(file, extractor.Extract(input)));
        }
        return 0;
    }

    /// <summary>
    /// Scores a folder of annotated articles. A corpus root holding dev/ and test/ prints one
    /// block per split, so the locked test score is never mixed into the tuning score.
    /// </summary>
    private static int Eval(string[] args, TextWriter output, TextWriter errors)
    {
        if (args.Length == 0) return Usage(errors);
        var splits = args is [var root] ? CorpusSplits(root) : [];
        if (splits.Count == 0) return EvalBlock(args, null, output, errors);
        foreach (var split in splits)
        {
            var exit = EvalBlock([split], Path.GetFileName(split), output, errors);
            if (exit != 0) return exit;
        }
        return 0;
    }

    private static readonly string[] SplitNames = ["dev", "test"];

    private static List<string> CorpusSplits(string root) => Directory.Exists(root)
        ? SplitNames.Select(name => Path.Combine(root, name)).Where(Directory.Exists).ToList()
        : [];

    private static int EvalBlock(string[] paths, string? split, TextWriter output, TextWriter errors)
    {
        var files = ArticleFiles.Find(paths).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            errors.WriteLine($"No annotated articles (*.json) in {string.Join(", ", paths)}.");
            return 1;
        }
        var extractor = new ClaimExtractor();
        var items = files.Select(file =>
        {
            var article = AnnotatedArticle.FromJson(File.ReadAllText(file));
            return (Path.GetFileName(file), article, extractor.Extract(article.ToInput()).Claims);
        }).ToList();
        if (split is not null) output.WriteLine($"== {split} ({files.Count} articles)");
        // The locked split shows its scores only: which articles fail there is for nobody tuning rules.
        output.WriteLine(Evaluator.Evaluate(items).ToText(details: split != "test"));
        return 0;
    }

    private static int Usage(TextWriter errors)
    {
        errors.WriteLine("usage: extract PATH... [--language xx] [--published YYYY-MM-DD]");
        errors.WriteLine("       eval DIR");
        return 2;
    }
}
