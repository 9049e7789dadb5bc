using CaseTracker.Domain.Sources;
using JasperFx.Events;
using Marten.Events.Aggregation;

namespace CaseTracker.Api.ReadModels;

/// <summary>A stored source as a reader sees it: its metadata, text, hash and the extractions run on it.</summary>
public sealed class SourceDocument
{
    public Guid Id { get; set; }
    public string? Url { get; set; }
    public string? CanonicalUrl { get; set; }
    public string Outlet { get; set; } = "";
    public string? Title { get; set; }
    public string? Language { get; set; }
    public DateOnly? PublishedOn { get; set; }
    public DateTimeOffset IngestedAt { get; set; }
    public string TextSha256 { get; set; } = "";
    public ulong Fingerprint { get; set; }
    public int Length { get; set; }
    public string Text { get; set; } = "";
    public List<Extraction> Extractions { get; set; } = [];
    public List<Guid> ClaimIds { get; set; } = [];

    public sealed record Extraction(string Extractor, string Version, string Language, int Claims, DateTimeOffset At);
}

public sealed class SourceDocumentProjection : SingleStreamProjection<SourceDocument, Guid>
{
    public SourceDocumentProjection()
    {
        foreach (var type in StreamEvents.Source) IncludeType(type);
    }

    public override SourceDocument? Evolve(SourceDocument? snapshot, Guid id, IEvent e)
    {
        switch (e.Data)
        {
            case SourceIngested s:
                return new SourceDocument
                {
                    Id = s.SourceId, Url = s.Url, CanonicalUrl = s.CanonicalUrl, Outlet = s.Outlet, Title = s.Title, Language = s.Language,
                    PublishedOn = s.PublishedOn, IngestedAt = e.Timestamp, TextSha256 = s.TextSha256, Fingerprint = s.Fingerprint,
                    Length = s.Text.Length, Text = s.Text,
                };
            case ClaimsExtracted x when snapshot is not null:
                snapshot.Extractions.Add(new SourceDocument.Extraction(x.Extractor, x.ExtractorVersion, x.Language, x.Claims.Count, e.Timestamp));
                snapshot.ClaimIds.AddRange(x.Claims.Select(c => c.ClaimId));
                return snapshot;
            default:
                return snapshot;
        }
    }
}
