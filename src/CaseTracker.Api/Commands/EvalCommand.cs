using CaseTracker.Extraction;
using JasperFx.CommandLine;

namespace CaseTracker.Api.Commands;

public sealed class EvalInput : NetCoreInput
{
    [Description("Folder (or files) of annotated articles in the format of shared/eval/FORMAT.md")]
    public string Directory { get; set; } = "";
}

[Description("Scores the extractor on annotated articles: precision, recall, F1 (strict and lenient), date and attribution accuracy, overall and per language", Name = "eval")]
public sealed class EvalCommand : JasperFxCommand<EvalInput>
{
    public override bool Execute(EvalInput input)
    {
        var files = ArticleFiles.Find([input.Directory]).Where(f => f.EndsWith(".json", StringComparison.Ordinal)).ToList();
        if (files.Count == 0)
        {
            Console.Error.WriteLine($"No annotated articles (*.json) in {input.Directory}.");
            return false;
        }
        var extractor = new ClaimExtractor();
        var items = files.Select(file =>
        {
            var article = AnnotatedArticle.FromJson(File.ReadAllText(file));
            return (Path.GetFileName(file), article, extractor.Extract(article.ToInput()).Claims);
        }).ToList();
        Console.Out.WriteLine(Evaluator.Evaluate(items).ToText());
        return true;
    }
}
