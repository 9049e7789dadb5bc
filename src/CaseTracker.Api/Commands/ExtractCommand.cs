using CaseTracker.Extraction;
using JasperFx.CommandLine;

namespace CaseTracker.Api.Commands;

public sealed class ExtractInput : NetCoreInput
{
    [Description("Article files or folders (*.json annotated-article format, *.txt plain seed format)")]
    public List<string> Paths { get; set; } = [];

    [Description("Language of plain-text articles (ISO 639-1); detected when omitted")]
    [FlagAlias("language", 'l')]
    public string? LanguageFlag { get; set; }

    [Description("Publication date of plain-text articles (YYYY-MM-DD), used to infer years and resolve 'yesterday'")]
    [FlagAlias("published", 'p')]
    public string? PublishedFlag { get; set; }
}

[Description("Prints the claims found in articles, one JSON line per article; needs no database", Name = "extract")]
public sealed class ExtractCommand : JasperFxCommand<ExtractInput>
{
    public override bool Execute(ExtractInput input)
    {
        if (!CommandDates.TryParse(input.PublishedFlag, out var published)) return false;
        var extractor = new ClaimExtractor();
        foreach (var file in ArticleFiles.Find(input.Paths))
        {
            var article = ArticleFiles.Read(file, input.LanguageFlag, published);
            var language = string.IsNullOrEmpty(article.Language) ? null : article.Language;
            var result = extractor.Extract(article.ToInput() with { Language = language });
            Console.Out.WriteLine(ClaimJson.Render(file, result));
        }
        return true;
    }
}

internal static class CommandDates
{
    public static bool TryParse(string? text, out DateOnly? date)
    {
        date = null;
        if (text is null) return true;
        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", out var parsed))
        {
            date = parsed;
            return true;
        }
        Console.Error.WriteLine($"--published must be a date as YYYY-MM-DD, not '{text}'.");
        return false;
    }
}
