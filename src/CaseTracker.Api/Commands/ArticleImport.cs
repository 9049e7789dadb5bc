using CaseTracker.Api.Features.Claims;
using CaseTracker.Api.Features.Sources;
using FluentValidation;
using Marten;
using Spectre.Console;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Commands;

public sealed record ImportSummary(int Files, int Created, int AlreadyStored, int Failed, int Claims, int Accepted)
{
    public string ToMarkup() =>
        $"[bold]{Files}[/] files: [green]{Created} new sources[/], {AlreadyStored} already stored, " +
        $"{(Failed > 0 ? $"[red]{Failed} failed[/]" : "0 failed")}; {Claims} claims found, {Accepted} accepted.";
}

/// <summary>
/// Imports article files through the same ingestion and review code as the HTTP API, in batches
/// (Import:BatchSize, default 250): the batch's articles are extracted in parallel (the next
/// batch's while this one is written), checked against the store in one query, and appended in
/// one session (one transaction). A batch the
/// database refuses (an article stored meanwhile by someone else) is retried one article at a time.
/// </summary>
public static class ArticleImport
{
    private sealed record Item(string File, PreparedSource Prepared);

    private enum Appended { Created, AlreadyStored, Failed }

    public static async Task<ImportSummary> RunAsync(IServiceProvider services, IReadOnlyList<string> files, string? language, bool accept, TextWriter? progress = null)
    {
        var ingestion = services.GetRequiredService<SourceIngestion>();
        var review = services.GetRequiredService<ClaimReview>();
        var validator = services.GetRequiredService<IValidator<SourceRequest>>();
        var store = services.GetRequiredService<IDocumentStore>();
        var batchSize = Math.Max(1, services.GetRequiredService<IConfiguration>().GetValue("Import:BatchSize", 250));
        int created = 0, existing = 0, failed = 0, claims = 0, accepted = 0;

        var clock = System.Diagnostics.Stopwatch.StartNew();
        var done = 0;
        // Extraction is the CPU work of an import: spread over the cores, and done for the next batch
        // while the database writes this one.
        Task<Item?[]> Extract(string[] chunk) => Task.Run(() =>
        {
            var prepared = new Item?[chunk.Length];
            Parallel.For(0, chunk.Length, i => prepared[i] = Prepare(chunk[i], language, ingestion, validator));
            return prepared;
        });
        var chunks = files.Chunk(batchSize).ToList();
        var extracting = chunks.Count > 0 ? Extract(chunks[0]) : null;
        for (var n = 0; n < chunks.Count; n++)
        {
            var chunk = chunks[n];
            var prepared = await extracting!;
            extracting = n + 1 < chunks.Count ? Extract(chunks[n + 1]) : null;
            var ready = prepared.OfType<Item>().ToList();
            failed += chunk.Length - ready.Count;

            var fresh = await NotYetStoredAsync(store, ready);
            existing += ready.Count - fresh.Count;
            var stored = await AppendAsync(store, fresh);
            failed += stored.Count(s => s.Outcome == Appended.Failed);
            existing += stored.Count(s => s.Outcome == Appended.AlreadyStored);
            foreach (var (item, _) in stored.Where(s => s.Outcome == Appended.Created))
            {
                created++;
                claims += item.Prepared.Extracted.Claims.Count;
                if (!accept) continue;
                await using var session = store.LightweightSession();
                foreach (var claim in item.Prepared.Extracted.Claims)
                {
                    var outcome = await review.AcceptAsync(session, claim.ClaimId, null, null, automatic: true, CancellationToken.None);
                    if (outcome.Problem is null) accepted++;
                }
            }
            done += chunk.Length;
            // A line per batch, not a live display: it shows in logs, and two imports (or tests) may run at once.
            progress?.WriteLine($"imported {done:N0} / {files.Count:N0} files ({done / clock.Elapsed.TotalSeconds:N0}/s): {created:N0} new, {existing:N0} already stored, {failed:N0} failed");
        }
        return new ImportSummary(files.Count, created, existing, failed, claims, accepted);
    }

    /// <summary>A file read, validated and extracted; null (with the reason printed) when it cannot be imported.</summary>
    private static Item? Prepare(string file, string? language, SourceIngestion ingestion, IValidator<SourceRequest> validator)
    {
        try
        {
            var article = ArticleFiles.Read(file, language, null);
            var request = new SourceRequest(article.Outlet, article.Url, article.Title, string.IsNullOrEmpty(article.Language) ? null : article.Language,
                article.Published?.ToString("yyyy-MM-dd"), article.Text);
            var validation = validator.Validate(request);
            if (!validation.IsValid)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {string.Join(" ", validation.Errors.Select(e => e.ErrorMessage))}");
                return null;
            }
            var prepared = ingestion.Prepare(request);
            if (!prepared.HasNoText) return new Item(file, prepared);
            AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {PreparedSource.NoText}");
            return null;
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException or UnauthorizedAccessException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{file}[/]: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The articles of a batch that are new: not stored (by source id, i.e. canonical URL, or by
    /// text hash) and not a repeat of an earlier article in the same batch. One query for the batch.
    /// </summary>
    private static async Task<List<Item>> NotYetStoredAsync(IDocumentStore store, List<Item> items)
    {
        if (items.Count == 0) return [];
        var ids = items.Select(i => i.Prepared.SourceId).ToArray();
        var hashes = items.Select(i => i.Prepared.Ingested.TextSha256).ToArray();
        await using var query = store.QuerySession();
        var stored = await query.Query<SourceDocument>()
            .Where(s => ids.Contains(s.Id) || hashes.Contains(s.TextSha256))
            .Select(s => new { s.Id, s.TextSha256 })
            .ToListAsync();
        var seenIds = stored.Select(s => s.Id).ToHashSet();
        var seenHashes = stored.Select(s => s.TextSha256).ToHashSet();
        return items.Where(i => seenIds.Add(i.Prepared.SourceId) & seenHashes.Add(i.Prepared.Ingested.TextSha256)).ToList();
    }

    /// <summary>Appends the batch in one transaction; if the database refuses it, one article at a time.</summary>
    private static async Task<List<(Item Item, Appended Outcome)>> AppendAsync(IDocumentStore store, List<Item> items)
    {
        if (items.Count == 0) return [];
        try
        {
            await using var session = store.LightweightSession();
            foreach (var item in items) SourceIngestion.Append(session, item.Prepared);
            await session.SaveChangesAsync();
            return items.Select(i => (i, Appended.Created)).ToList();
        }
        catch (Exception e) when (IsRefusal(e))
        {
            var done = new List<(Item, Appended)>();
            foreach (var item in items) done.Add((item, await AppendOneAsync(store, item)));
            return done;
        }
    }

    private static async Task<Appended> AppendOneAsync(IDocumentStore store, Item item)
    {
        try
        {
            await using var session = store.LightweightSession();
            if (await SourceIngestion.ExistingAsync(session, item.Prepared, CancellationToken.None) is not null) return Appended.AlreadyStored;
            SourceIngestion.Append(session, item.Prepared);
            await session.SaveChangesAsync();
            return Appended.Created;
        }
        catch (Exception e) when (IsRefusal(e))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{item.File}[/]: {e.Message}");
            return Appended.Failed;
        }
    }

    /// <summary>The database refused the write (a unique key or a stream that exists already); anything else is a bug and propagates.</summary>
    private static bool IsRefusal(Exception e) => e is Marten.Exceptions.MartenCommandException or JasperFx.ConcurrencyException or Npgsql.PostgresException;
}
