using System.Text.RegularExpressions;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction.Tests;

/// <summary>
/// The evaluation corpus (Corpus/dev and Corpus/test) keeps the rules it was built to: every file
/// an annotated article in the FORMAT.md shape, article-sized texts, evidence that is really in
/// the text, and a split that can measure what issue 8 asks (languages, several actions, hard negatives).
/// These checks read only the annotations' shape and counts; they never score the extractor.
/// </summary>
public partial class CorpusTests
{
    private static readonly string[] MainLanguages = ["fr", "en", "de", "es", "it", "pt", "nl"];

    private sealed record Entry(string Split, string Name, AnnotatedArticle Article);

    private static string Root => Path.Combine(AppContext.BaseDirectory, "Corpus");

    private static List<Entry> Load(string split) => Directory.GetFiles(Path.Combine(Root, split), "*.json")
        .Order(StringComparer.Ordinal)
        .Select(file => new Entry(split, Path.GetFileNameWithoutExtension(file), AnnotatedArticle.FromJson(File.ReadAllText(file))))
        .ToList();

    private static readonly Lazy<List<Entry>> All = new(() => [.. Load("dev"), .. Load("test")]);

    public static TheoryData<string, string> Files()
    {
        var data = new TheoryData<string, string>();
        foreach (var split in new[] { "dev", "test" })
        foreach (var file in Directory.GetFiles(Path.Combine(Root, split), "*.json").Order(StringComparer.Ordinal))
            data.Add(split, Path.GetFileNameWithoutExtension(file));
        return data;
    }

    [GeneratedRegex(@"^(?<lang>[a-z]{2})-[0-9]{2}-[a-z0-9-]+$")]
    private static partial Regex FileName();

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_article_follows_the_format(string split, string name)
    {
        var article = AnnotatedArticle.FromJson(File.ReadAllText(Path.Combine(Root, split, name + ".json")));

        var match = FileName().Match(name);
        Assert.True(match.Success, $"{name}: file names are <lang>-<nn>-<slug>");
        Assert.Equal(match.Groups["lang"].Value, article.Language);
        Assert.InRange(article.Text.Length, 1000, 2500);
        Assert.False(string.IsNullOrWhiteSpace(article.Title), $"{name}: headline missing");
        Assert.StartsWith(article.Title!, article.Text);
        Assert.False(string.IsNullOrWhiteSpace(article.Outlet));
        foreach (var item in article.Expected.Concat(article.Optional ?? []))
        {
            var what = $"{name}: {item.Platform} {item.Action} {item.Subject}";
            Assert.False(string.IsNullOrWhiteSpace(item.Platform), what);
            Assert.False(string.IsNullOrWhiteSpace(item.Subject), what);
            Assert.True(Codes.IsKnown<ActionType>(item.Action), $"{what}: unknown action code");
            Assert.True(item.ReasonStatedBy is null || Codes.IsKnown<StatedBy>(item.ReasonStatedBy), $"{what}: unknown reason_stated_by");
            Assert.True(item.Date is null || PartialDate.TryParse(item.Date, out _) is not null, $"{what}: date '{item.Date}'");
            Assert.True(item.Date is null || !item.Date.StartsWith("--", StringComparison.Ordinal) || article.Published is null,
                $"{what}: a year-less date only where the article has no publication date");
            Assert.False(string.IsNullOrEmpty(item.Evidence), $"{what}: evidence missing");
            Assert.Contains(item.Evidence!, article.Text);
        }
    }

    [Fact]
    public void Headlines_are_not_repeated_across_the_corpus()
    {
        var repeated = All.Value.GroupBy(e => e.Article.Title).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
    }
}
