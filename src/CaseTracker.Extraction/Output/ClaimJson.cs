using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using CaseTracker.Domain.Vocabulary;

namespace CaseTracker.Extraction;

/// <summary>
/// One article's claims as one JSON line: {"file": ..., "language": ..., "claims": [...]}.
/// Field names and shapes are the API's (camelCase fields, snake_case codes, a date as the API
/// writes it: {year, month, day, yearInferred, approximate, precision, value}), so a line can be
/// compared with, or sent to, the API as it is.
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
            json.WriteBoolean("languageDetected", result.LanguageDetected);
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
        json.WriteString("subjectKind", claim.SubjectKind.ToCode());
        json.WriteString("action", claim.Action.ToCode());
        if (claim.Date is { } date)
        {
            json.WriteStartObject("date");
            Number(json, "year", date.Year);
            Number(json, "month", date.Month);
            Number(json, "day", date.Day);
            json.WriteBoolean("yearInferred", date.YearInferred);
            json.WriteBoolean("approximate", date.Approximate);
            json.WriteString("precision", date.Precision.ToCode());
            json.WriteString("value", date.Value);
            json.WriteEndObject();
        }
        else json.WriteNull("date");
        if (claim.Scope is null) json.WriteNull("scope"); else json.WriteString("scope", claim.Scope);
        json.WriteStartArray("reasons");
        foreach (var reason in claim.Reasons)
        {
            json.WriteStartObject();
            json.WriteString("text", reason.Text);
            json.WriteString("category", reason.Category.ToCode());
            if (reason.StatedBy is { } by) json.WriteString("statedBy", by.ToCode()); else json.WriteNull("statedBy");
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

    private static void Number(Utf8JsonWriter json, string name, int? value)
    {
        if (value is { } number) json.WriteNumber(name, number); else json.WriteNull(name);
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
