using CaseTracker.Extraction;

namespace CaseTracker.Api.Commands;

/// <summary>
/// Articles on disk: *.json in the annotated-article format (shared/eval/FORMAT.md) or *.txt in
/// the plain seed format (outlet line, blank line, title line, body). Folders are read in name order.
/// </summary>
public static class ArticleFiles
{
    public static IReadOnlyList<string> Find(IEnumerable<string> paths)
    {
        var files = new List<string>();
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
                files.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(IsArticle).Order(StringComparer.Ordinal));
            else if (File.Exists(path)) files.Add(path);
            else throw new FileNotFoundException($"No such file or folder: {path}");
        }
        return files;
    }

    private static bool IsArticle(string file) => Path.GetExtension(file) is ".json" or ".txt";

    /// <summary>Reads one article; plain text takes the language and date given on the command line (null: detect / unknown).</summary>
    public static AnnotatedArticle Read(string file, string? language, DateOnly? published)
    {
        var raw = File.ReadAllText(file);
        if (Path.GetExtension(file) == ".json")
        {
            var article = AnnotatedArticle.FromJson(raw);
            return published is null ? article : article with { Published = published };
        }
        return SeedText.Parse(raw, language ?? "", published);
    }
}
