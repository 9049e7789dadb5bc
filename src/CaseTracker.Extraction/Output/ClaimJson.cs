using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction;

/// <summary>
/// One article's claims as one JSON line: {"file": ..., "language": ..., "claims": [...]}.
/// Codes are the API's snake_case codes; a date is its text form ("--06-07") with precision,
/// year_inferred and approximate beside it.
/// </summary>
public static class ClaimJson
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(string file, ExtractionResult result)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("file", file);
            json.WriteString("language", result.Language);
            json.WriteBoolean("language_detected", result.LanguageDetected);
            json.WriteString("extractor", $"{ClaimExtractor.Name}/{ClaimExtractor.Version}");
            json.WriteStartArray("claims");
            foreach (var claim in result.Claims) Claim(json, claim);
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Claim(Utf8JsonWriter json, ExtractedClaim claim)
    {
        json.WriteStartObject();
        json.WriteString("platform", claim.Platform);
        json.WriteString("subject", claim.Subject);
        json.WriteString("subject_kind", claim.SubjectKind.ToCode());
        json.WriteString("action", claim.Action.ToCode());
        if (claim.Date is { } date)
        {
            json.WriteString("date", date.Value);
            json.WriteString("date_precision", date.Precision.ToCode());
            json.WriteBoolean("year_inferred", date.YearInferred);
            json.WriteBoolean("approximate", date.Approximate);
        }
        else json.WriteNull("date");
        if (claim.Scope is null) json.WriteNull("scope"); else json.WriteString("scope", claim.Scope);
        json.WriteStartArray("reasons");
        foreach (var reason in claim.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("text", reason.Text);
            json.WriteString("category", reason.Category.ToCode());
            if (reason.StatedBy is { } by) json.WriteString("stated_by", by.ToCode()); else json.WriteNull("stated_by");
            json.WritePropertyName("quote");
            Quote(json, reason.Quote);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteStartArray("quotes");
        foreach (var quote in claim.Quotes) Quote(json, quote);
        json.WriteEndArray();
        json.WriteNumber("confidence", claim.Confidence);
        json.WriteEndObject();
    }

    private static void Quote(Utf8JsonWriter json, QuoteSpan quote)
    {
        json.WriteStartObject();
        json.WriteNumber("start", quote.Start);
        json.WriteNumber("end", quote.End);
        json.WriteString("text", quote.Text);
        json.WriteEndObject();
    }
}
