using CaseTracker.Api.Features.Sources;
using JasperFx.CommandLine;
using Spectre.Console;

namespace CaseTracker.Api.Commands;

public sealed class ImportInput : NetCoreInput
{
    [Description("Folder (or files) of articles: *.json annotated-article format or *.txt plain seed format")]
    public string Directory { get; set; } = "";

    [Description("Accept every claim found into its case (as the demo does); otherwise claims wait for review")]
    [FlagAlias("accept", 'a')]
    public bool AcceptFlag { get; set; }

    [Description("Language of plain-text articles (ISO 639-1); detected when omitted")]
    [FlagAlias("language", 'l')]
    public string? LanguageFlag { get; set; }
}

[Description("Ingests a folder of articles as sources (the same article twice is stored once), with progress and a final count", Name = "import")]
public sealed class ImportCommand : JasperFxAsyncCommand<ImportInput>
{
    public override async Task<bool> Execute(ImportInput input)
    {
        using var host = input.BuildHost();
        var summary = await ArticleImport.RunAsync(host.Services, ArticleFiles.Find([input.Directory]), input.LanguageFlag, input.AcceptFlag, Console.Out);
        AnsiConsole.MarkupLine(summary.ToMarkup());
        return summary.Failed == 0;
    }
}
