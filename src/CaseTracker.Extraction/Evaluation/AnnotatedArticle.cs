using System.Text.Json;
using System.Text.Json.Serialization;

namespace CaseTracker.Extraction;

/// <summary>One expected (or optional) platform action of an annotated article (shared/eval/FORMAT.md).</summary>
public sealed record AnnotatedAction(
    string Platform,
    string? Subject,
    string Action,
    string? Date,
    string? Reason = null,
    string? ReasonStatedBy = null,
    string? Evidence = null,
    string? SubjectKind = null,
    string? Note = null);

/// <summary>An article annotated by hand with the platform actions it reports (shared/eval/FORMAT.md).</summary>
public sealed record AnnotatedArticle(
    string? Url,
    string Outlet,
    string Language,
    DateOnly? Published,
    string? Title,
    string Text,
    IReadOnlyList<AnnotatedAction> Expected,
    IReadOnlyList<AnnotatedAction>? Optional = null,
    string? Notes = null)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        PropertyNameCaseInsensitive = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Parses one annotated article; throws JsonException with the reason when the JSON does not fit the format.</summary>
    public static AnnotatedArticle FromJson(string json)
    {
        var article = JsonSerializer.Deserialize<AnnotatedArticle>(json, Options) ?? throw new JsonException("empty document");
        if (string.IsNullOrEmpty(article.Text)) throw new JsonException("text is required");
        return article with { Expected = article.Expected ?? [], Optional = article.Optional ?? [] };
    }

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>What the extractor reads from this article.</summary>
    public ArticleInput ToInput() => new(Text, Language, Published, Title);
}
