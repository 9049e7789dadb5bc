using CaseTracker.Api.Commands;
using CaseTracker.Domain.History;
using CaseTracker.Domain.Vocabulary;
using JasperFx.CommandLine;
using Marten;
using Spectre.Console;

namespace CaseTracker.Api.Commands;

public sealed class DemoInput : NetCoreInput
{
    [Description("Folder of seed articles (default: seeds)")]
    public string Directory { get; set; } = "seeds";
}

[Description("Loads the seed articles and accepts their claims, so the demo cases are there at once; prints them and a ready-made admin key", Name = "demo")]
public sealed class DemoCommand : JasperFxAsyncCommand<DemoInput>
{
    public override async Task<bool> Execute(DemoInput input)
    {
        using var host = input.BuildHost();
        var summary = await ArticleImport.RunAsync(host.Services, ArticleFiles.Find([input.Directory]), null, accept: true, Console.Out);
        AnsiConsole.MarkupLine(summary.ToMarkup());

        await using var session = host.Services.GetRequiredService<IDocumentStore>().QuerySession();
        var cases = await session.Query<CaseHistory>().OrderBy(c => c.OpenedAt).Take(20).ToListAsync();
        foreach (var history in cases) Print(history);

        var key = await DemoKeys.EnsureAdminKeyAsync(host.Services);
        AnsiConsole.MarkupLineInterpolated($"\nDemo admin key (send as [bold]Authorization: Bearer {key}[/]):");
        // The bare key on its own line, so scripts can take the last line.
        Console.Out.WriteLine(key);
        return summary.Failed == 0;
    }

    private static void Print(CaseHistory history)
    {
        var table = new Table().Title($"{Markup.Escape(history.Platform)} / {Markup.Escape(history.Subject.Name)}  (case {history.Id}, status {history.SubjectStatus})")
            .AddColumns("Action", "When", "Sources", "Quote");
        foreach (var entry in history.Timeline)
            table.AddRow(entry.Type.ToCode(), entry.OccurredOn?.Value ?? "undated", entry.SourceCount.ToString(),
                Markup.Escape(entry.Sources.FirstOrDefault()?.Quote ?? ""));
        AnsiConsole.Write(table);
        foreach (var (party, reasons) in history.ReasonsByParty)
            foreach (var reason in reasons)
                AnsiConsole.MarkupLineInterpolated($"  reason stated by [bold]{party}[/] ({reason.Category.ToCode()}): {reason.Text}");
        AnsiConsole.MarkupLineInterpolated($"  GET /api/cases/{history.Id}");
    }
}
