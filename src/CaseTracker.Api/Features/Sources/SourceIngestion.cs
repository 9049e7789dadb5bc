using CaseTracker.Domain.Sources;
using CaseTracker.Extraction;
using Marten;
using CaseTracker.Api.ReadModels;

namespace CaseTracker.Api.Features.Sources;

/// <summary>A source ready to be stored: its reduced text, identity and the claims read from it.</summary>
public sealed record PreparedSource(Guid SourceId, SourceIngested Ingested, ClaimsExtracted Extracted)
{
    public const string NoText = "The page has no readable text once scripts, styles and markup are removed.";

    /// <summary>An HTML page can reduce to nothing (only scripts, only navigation): there is no article to store.</summary>
    public bool HasNoText => string.IsNullOrWhiteSpace(Ingested.Text);
}

/// <summary>What an ingestion did: a new source, or the existing one the article already is.</summary>
public sealed record IngestOutcome(Guid SourceId, bool Created);

/// <summary>
/// Ingestion, shared by the endpoint, the batch endpoint and the import command: reduce, hash,
/// extract, then append SourceIngested and ClaimsExtracted, unless the same article (same
/// canonical URL or same text) is already stored.
/// </summary>
public sealed class SourceIngestion(ClaimExtractor extractor, WorkBounds bounds)
{
    public PreparedSource Prepare(SourceRequest request, CancellationToken ct = default)
    {
        var text = request.Text is not null ? request.Text.Replace("\r\n", "\n") : HtmlToText.ToText(request.Html!, request.Url, bounds);
        var sha = TextFingerprint.Sha256(text);
        var canonical = request.Url is null ? null : CanonicalUrl.Of(request.Url);
        var sourceId = TextFingerprint.StreamId(canonical ?? $"sha256:{sha}");
        DateOnly? published = request.PublishedOn is null ? null : DateOnly.Parse(request.PublishedOn);

        var result = extractor.Extract(new ArticleInput(bounds.ForExtraction(text), request.Language, published, request.Title), ct);
        var language = request.Language?.ToLowerInvariant() ?? (result.Language == "und" ? null : result.Language);
        var ingested = new SourceIngested(sourceId, request.Url?.Trim(), canonical, request.Outlet!.Trim(), request.Title?.Trim(),
            language, published, text, sha, TextFingerprint.SimHash(text));
        var titleEnd = request.Title is { Length: > 0 } title && text.StartsWith(title.Trim(), StringComparison.Ordinal) ? title.Trim().Length : 0;
        var claims = result.Claims.Select(c => ToRecord(c, titleEnd, text)).ToList();
        return new PreparedSource(sourceId, ingested, new ClaimsExtracted(sourceId, ClaimExtractor.Name, ClaimExtractor.Version, result.Language, claims));
    }

    /// <summary>The stored source this article already is, by canonical URL or by text hash.</summary>
    public static async Task<Guid?> ExistingAsync(IQuerySession session, PreparedSource prepared, CancellationToken ct)
    {
        if (await session.Events.FetchStreamStateAsync(prepared.SourceId, ct) is not null) return prepared.SourceId;
        var sameText = await session.Query<SourceDocument>()
            .Where(s => s.TextSha256 == prepared.Ingested.TextSha256)
            .Select(s => s.Id)
            .ToListAsync(ct);
        return sameText.Count > 0 ? sameText[0] : null;
    }

    public static void Append(IDocumentSession session, PreparedSource prepared) =>
        session.Events.StartStream<Source>(prepared.SourceId, prepared.Ingested, prepared.Extracted);

    /// <summary>
    /// The claim as stored. Its first quote is the one a case cites: a sentence of the body
    /// before the headline, since a headline summarises while the body reports.
    /// </summary>
    private static ClaimRecord ToRecord(ExtractedClaim c, int titleEnd, string text) => new(
        Guid.CreateVersion7(), c.Platform, c.Subject, c.SubjectKind, c.Action, c.Date, c.Scope,
        c.Reasons.Select(r => new ClaimReason(r.Text, r.Category, r.StatedBy, Quote(r.Quote, text))).ToList(),
        c.Quotes.OrderBy(q => q.Start < titleEnd ? 1 : 0).ThenBy(q => q.Start).Select(q => Quote(q, text)).ToList(), Math.Round(c.Confidence, 3));

    /// <summary>The quote as the stored text has it (the extractor read a bounded copy, same offsets).</summary>
    private static TextQuote Quote(QuoteSpan q, string text) => new(q.Start, q.End, text[q.Start..q.End]);
}
