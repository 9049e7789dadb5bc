using System.Text.Json.Serialization;

namespace CaseTracker.Domain.Sources;

/// <summary>
/// The document a statement comes from, as cited in a case. SourceId and Fingerprint are set
/// when the document was ingested: they link the citation to its text and its near copies.
/// </summary>
public sealed record SourceRef(
    string Outlet,
    string? Url = null,
    string? Title = null,
    DateOnly? PublishedOn = null,
    string? Language = null,
    Guid? SourceId = null,
    ulong? Fingerprint = null)
{
    /// <summary>
    /// What makes two citations the same document: the canonical URL, else the outlet and title.
    /// </summary>
    [JsonIgnore]
    public string Key => Url is { Length: > 0 } url
        ? CanonicalUrl.Of(url)
        : $"{Outlet.Trim().ToLowerInvariant()}|{Title?.Trim().ToLowerInvariant()}";
}

/// <summary>A source with the verbatim words that support a statement, and where they sit in its text.</summary>
public sealed record Citation(SourceRef Source, string? Quote = null, int? QuoteStart = null, int? QuoteEnd = null);
