using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using FluentValidation;
using Marten;
using Spectre.Console;

namespace CaseTracker.Api.Commands;

public sealed record ImportSummary(int Files, int Created, int AlreadyStored, int Failed, int Claims, int Accepted)
{
    public string ToMarkup() =>
        $"[bold]{Files}[/] files: [green]{Created} new sources[/], {AlreadyStored} already stored, " +
        $"{(Failed > 0 ? $"[red]{Failed} failed[/]" : "0 failed")}; {Claims} claims found, {Accepted} accepted.";
}

/// <summary>Imports article files through the same ingestion and review code as the HTTP API.</summary>
public static class ArticleImport
{
    /// <summary>
    /// With a terminal, a live progress bar; without one (a log file, CI), a line every tenth of the
    /// files and at the end, so progress is visible where a bar would never move.
    /// </summary>
    public static async Task<ImportSummary> RunAsync(IServiceProvider services, IReadOnlyList<string> files, string? language, bool accept, TextWriter? progressLines = null)
    {
        if (progressLines is null && AnsiConsole.Profile.Capabilities.Interactive)
        {
            ImportSummary? summary = null;
            await AnsiConsole.Progress().AutoClear(false).StartAsync(async progress =>
            {
                var task = progress.AddTask("Importing articles", maxValue: Math.Max(files.Count, 1));
                summary = await ImportAsync(services, files, language, accept, () => task.Increment(1));
            });
            return summary!;
        }
        var lines = progressLines ?? Console.Out;
        var done = 0;
        var step = Math.Max(1, files.Count / 10);
        return await ImportAsync(services, files, language, accept, () =>
        {
            if (++done % step == 0 || done == files.Count) lines.WriteLine($"Importing articles: {done} of {files.Count} ({done * 100 / files.Count}%)");
        });
    }

    private static async Task<ImportSummary> ImportAsync(IServiceProvider services, IReadOnlyList<string> files, string? language, bool accept, Action advance)
    {
        var ingestion = services.GetRequiredService<SourceIngestion>();
        var review = services.GetRequiredService<ClaimReview>();
        var validator = services.GetRequiredService<IValidator<SourceRequest>>();
        var store = services.GetRequiredService<IDocumentStore>();
        int created = 0, existing = 0, failed = 0, claims = 0, accepted = 0;

        {
            foreach (var file in files)
            {
                try
                {
                    var article = ArticleFiles.Read(file, language, null);
                    var request = new SourceRequest(article.Outlet, article.Url, article.Title, string.IsNullOrEmpty(article.Language) ? null : article.Language,
                        article.Published?.ToString("yyyy-MM-dd"), article.Text);
                    var validation = await validator.ValidateAsync(request);
                    if (!validation.IsValid)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {string.Join(" ", validation.Errors.Select(e => e.ErrorMessage))}");
                        failed++;
                        continue;
                    }
                    var prepared = ingestion.Prepare(request);
                    if (prepared.HasNoText)
                    {
                        AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {PreparedSource.NoText}");
                        failed++;
                        continue;
                    }
                    await using var session = store.LightweightSession();
                    if (await SourceIngestion.ExistingAsync(session, prepared, CancellationToken.None) is not null)
                    {
                        existing++;
                        continue;
                    }
                    SourceIngestion.Append(session, prepared);
                    await session.SaveChangesAsync();
                    created++;
                    claims += prepared.Extracted.Claims.Count;
                    if (!accept) continue;
                    foreach (var claim in prepared.Extracted.Claims)
                    {
                        var outcome = await review.AcceptAsync(session, claim.ClaimId, null, null, automatic: true, CancellationToken.None);
                        if (outcome.Problem is null) accepted++;
                    }
                }
                catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
                {
                    AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {e.Message}");
                    failed++;
                }
                finally
                {
                    advance();
                }
            }
        }
        return new ImportSummary(files.Count, created, existing, failed, claims, accepted);
    }
}
