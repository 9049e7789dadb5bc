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
    public void The_corpus_is_large_enough_and_split_about_sixty_forty()
    {
        var dev = All.Value.Count(e => e.Split == "dev");
        var test = All.Value.Count(e => e.Split == "test");

        Assert.True(dev + test >= 150, $"{dev + test} articles, at least 150 wanted");
        Assert.InRange((double)test / (dev + test), 0.35, 0.45);
    }

    [Fact]
    public void Ten_languages_each_in_both_splits_and_the_main_seven_well_covered()
    {
        var byLanguage = All.Value.GroupBy(e => e.Article.Language).ToDictionary(g => g.Key, g => g.ToList());

        Assert.True(byLanguage.Count >= 10, $"{byLanguage.Count} languages: {string.Join(", ", byLanguage.Keys)}");
        foreach (var (language, entries) in byLanguage)
        {
            Assert.True(entries.Any(e => e.Split == "dev") && entries.Any(e => e.Split == "test"), $"{language} missing from a split");
        }
        foreach (var language in MainLanguages)
        {
            var entries = byLanguage.GetValueOrDefault(language) ?? [];
            Assert.True(entries.Count >= 15, $"{language}: {entries.Count} articles, at least 15 wanted");
            Assert.True(entries.Count(e => e.Split == "test") >= 6, $"{language}: fewer than 6 test articles");
        }
        var others = byLanguage.Where(kv => !MainLanguages.Contains(kv.Key)).Count(kv => kv.Value.Count >= 5);
        Assert.True(others >= 3, "at least three further languages with 5 or more articles each");
    }

    /// <summary>
    /// Each split on its own: 30% of articles with two or more actions; 20% hard negatives, that is
    /// an empty `expected` or notes naming the non-actions beside the real ones ("Negatives:"),
    /// of which at least 15% with nothing to find at all; some articles without a publication date.
    /// </summary>
    [Theory]
    [InlineData("dev")]
    [InlineData("test")]
    public void Each_split_has_the_same_mix_of_hard_cases(string split)
    {
        var entries = All.Value.Where(e => e.Split == split).ToList();
        double Share(Func<AnnotatedArticle, bool> test) => (double)entries.Count(e => test(e.Article)) / entries.Count;

        Assert.True(Share(a => a.Expected.Count >= 2) >= 0.30, $"{split}: multi-action share {Share(a => a.Expected.Count >= 2):P0}");
        Assert.True(Share(a => a.Expected.Count == 0) >= 0.15, $"{split}: empty-expected share {Share(a => a.Expected.Count == 0):P0}");
        Assert.True(Share(a => a.Expected.Count == 0 || (a.Notes ?? "").Contains("Negatives:", StringComparison.Ordinal)) >= 0.20,
            $"{split}: hard-negative share too low");
        Assert.True(Share(a => a.Published is null) >= 0.05, $"{split}: too few articles without a publication date");
    }

    [Fact]
    public void Headlines_are_not_repeated_across_the_corpus()
    {
        var repeated = All.Value.GroupBy(e => e.Article.Title).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        Assert.Empty(repeated);
    }
}
