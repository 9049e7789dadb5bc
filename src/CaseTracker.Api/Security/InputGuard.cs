using System.Text;
using System.Text.Json;
using CaseTracker.Api.Infrastructure;

namespace CaseTracker.Api.Security;

/// <summary>
/// Refuses, for every endpoint, input no endpoint can mean, as 400 problems naming where it was:
/// query values with control characters and JSON strings with U+0000 or an unpaired surrogate
/// (PostgreSQL cannot store either: they were 500s), and a JSON body that is just `null` (it bound
/// a null request, a 500 in endpoints without their own check). Malformed JSON is left to the
/// endpoint's reader, which answers 400 itself. A body that is not declared as JSON (no
/// Content-Type, or another type) is a 415: every endpoint reads JSON, and a body read as JSON
/// against its declared type would also skip these checks.
/// </summary>
public sealed class InputGuard(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext http)
    {
        foreach (var (name, values) in http.Request.Query)
        {
            if (!name.Any(IsForbidden) && !values.Any(v => v?.Any(IsForbidden) == true)) continue;
            var field = name.Any(IsForbidden) ? "query" : name;
            await Problems.BadRequest("bad_query", $"The query parameter '{field}' contains control characters.", field).ExecuteAsync(http);
            return;
        }
        // The API reads JSON only; the web pages (outside /api) post HTML forms, which their own validators read.
        if (!http.Request.Path.StartsWithSegments("/api"))
        {
            await next(http);
            return;
        }
        if (HasBody(http.Request) && !IsJson(http.Request.ContentType))
        {
            await Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type", "The body must be JSON.",
                $"Send the body with 'Content-Type: application/json'{(http.Request.ContentType is null ? "; the request had no Content-Type" : "")}.").ExecuteAsync(http);
            return;
        }
        if (HasBody(http.Request))
        {
            http.Request.EnableBuffering();
            using var body = new MemoryStream();
            await http.Request.Body.CopyToAsync(body, http.RequestAborted);
            http.Request.Body.Position = 0;
            if (Check(body.GetBuffer().AsSpan(0, (int)body.Length)) is { } problem)
            {
                await problem.ExecuteAsync(http);
                return;
            }
        }
        await next(http);
    }

    private static bool HasBody(HttpRequest request) => request.ContentLength is { } length
        ? length > 0
        : request.HttpContext.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody
          ?? request.Headers.TransferEncoding.Count > 0;

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.SubType.Equals("json", StringComparison.OrdinalIgnoreCase) || media.Suffix.Equals("json", StringComparison.OrdinalIgnoreCase));

    private static bool IsForbidden(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    /// <summary>The problem with this body, or null when it is fine or malformed (the endpoint reports malformed JSON).</summary>
    public static IResult? Check(ReadOnlySpan<byte> json)
    {
        if (json.StartsWith("\uFEFF"u8)) json = json[3..];
        var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 64 });
        var path = new List<object>();
        try
        {
            if (!reader.Read()) return null;
            if (reader.TokenType == JsonTokenType.Null && !reader.Read())
                return Problems.BadRequest("body_required", "The request needs a JSON body, not null.");
            do
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject or JsonTokenType.StartArray:
                        if (path.Count > 0 && path[^1] is int index) path[^1] = index + 1;
                        path.Add(reader.TokenType == JsonTokenType.StartArray ? -1 : "");
                        continue;
                    case JsonTokenType.EndObject or JsonTokenType.EndArray:
                        path.RemoveAt(path.Count - 1);
                        continue;
                    case JsonTokenType.PropertyName:
                        path[^1] = reader.GetString()!;
                        continue;
                }
                if (path.Count > 0 && path[^1] is int i) path[^1] = i + 1;
                if (reader.TokenType == JsonTokenType.String && reader.GetString()!.Contains('\0')) return NotText(path);
            } while (reader.Read());
        }
        catch (JsonException)
        {
        }
        catch (InvalidOperationException)
        {
            // Bytes that are not UTF-8, or an escaped surrogate without its pair (\ud800): not text at all.
            return NotText(path);
        }
        return null;
    }

    private static IResult NotText(List<object> path) => Problems.Validation(new Dictionary<string, string[]>
    {
        [FieldPath(path)] = ["The text must be valid Unicode without the character U+0000."],
    });

    /// <summary>"source.quote", "sources[2].text": as the validators name fields.</summary>
    private static string FieldPath(List<object> path)
    {
        var text = new StringBuilder();
        foreach (var part in path)
        {
            if (part is int index) text.Append('[').Append(index).Append(']');
            else if (part is string { Length: > 0 } name) text.Append(text.Length == 0 ? "" : ".").Append(JsonNamingPolicy.CamelCase.ConvertName(name));
        }
        return text.Length == 0 ? "body" : text.ToString();
    }
}
