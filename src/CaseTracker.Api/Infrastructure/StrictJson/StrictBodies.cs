using System.Text.Json;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Json;
using Wolverine.Http;

namespace CaseTracker.Api.Infrastructure.StrictJson;

/// <summary>
/// Every endpoint that reads a JSON body gets the same strict reading, before it runs: the content
/// type must be JSON (415 saying so), an empty body is a 400 saying what to send, and a body with
/// members the request does not have, or values of the wrong kind, is a 400 naming each of them
/// (and the nearest known field). Nothing the client wrote is silently dropped.
/// </summary>
public sealed class StrictBodies(RequestDelegate next)
{
    /// <summary>HTTP reading options: unknown members fail (a safety net behind the check here), dates read from either form.</summary>
    public static void Configure(JsonOptions options)
    {
        Json.Configure(options.SerializerOptions);
        options.SerializerOptions.UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow;
        options.SerializerOptions.Converters.Add(new DateInputConverter());
    }

    public async Task InvokeAsync(HttpContext http, Microsoft.Extensions.Options.IOptions<JsonOptions> json)
    {
        var endpoint = http.GetEndpoint();
        // Routing answers a content type no endpoint accepts with a bare 415 endpoint of its own: say what to send instead.
        if (endpoint?.DisplayName?.StartsWith("415 ", StringComparison.Ordinal) == true)
        {
            await NotJson(http).ExecuteAsync(http);
            return;
        }
        var requestType = endpoint?.Metadata.GetMetadata<HttpChain>()?.RequestType;
        if (requestType is null || HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsDelete(http.Request.Method))
        {
            await next(http);
            return;
        }
        if (await ProblemWith(http, requestType, json.Value.SerializerOptions) is { } problem)
        {
            await problem.ExecuteAsync(http);
            return;
        }
        await next(http);
    }

    private static async Task<IResult?> ProblemWith(HttpContext http, Type requestType, JsonSerializerOptions options)
    {
        if (!IsJson(http.Request.ContentType)) return NotJson(http);

        http.Request.EnableBuffering();
        using var buffer = new MemoryStream();
        await http.Request.Body.CopyToAsync(buffer, http.RequestAborted);
        http.Request.Body.Position = 0;
        var bytes = buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
        if (bytes.Span.StartsWith("\uFEFF"u8)) bytes = bytes[3..];
        if (bytes.Span.Trim(" \t\r\n"u8).IsEmpty) return EmptyBody(requestType);

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 64 });
        }
        catch (JsonException e)
        {
            return Problems.BadRequest("malformed_json",
                $"The body is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {Reader(e.Message)}", "body");
        }
        using (document)
        {
            if (document.RootElement.ValueKind == JsonValueKind.Null) return EmptyBody(requestType);
            var errors = BodyShape.Check(document.RootElement, requestType);
            if (errors.Count > 0) return Problems.Validation(errors);
            try
            {
                document.RootElement.Deserialize(requestType, options);
            }
            catch (JsonException e)
            {
                var field = (e.Path ?? "$").TrimStart('$').TrimStart('.');
                var type = BodyShape.TypeAt(requestType, e.Path);
                var message = e.InnerException is null && e.Message.StartsWith('\'')
                    ? e.Message // one of our converters, already in words
                    : $"'{field}' must be {(type is null ? "of another kind" : BodyShape.Describe(type))}.";
                return Problems.Validation(new Dictionary<string, string[]> { [field.Length == 0 ? "body" : field] = [message] });
            }
        }
        return null;
    }

    private static IResult NotJson(HttpContext http) => Problems.Problem(StatusCodes.Status415UnsupportedMediaType, "unsupported_media_type",
        "The body must be JSON.", "Send the body as JSON with the header Content-Type: application/json (this request said "
        + (string.IsNullOrEmpty(http.Request.ContentType) ? "no content type" : $"'{http.Request.ContentType}'") + ").");

    private static IResult EmptyBody(Type requestType)
    {
        var parameters = requestType.GetConstructors().OrderByDescending(c => c.GetParameters().Length).First().GetParameters();
        var fields = string.Join(", ", parameters.Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)));
        var detail = parameters.All(p => p.HasDefaultValue)
            ? $"The request needs a JSON body: send {{}} when you have nothing to add, or an object with any of the fields {fields}."
            : $"The request needs a JSON body: an object with the fields {fields}.";
        return Problems.BadRequest("body_required", detail, "body");
    }

    private static bool IsJson(string? contentType) =>
        Microsoft.Net.Http.Headers.MediaTypeHeaderValue.TryParse(contentType, out var media)
        && (media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || media.MediaType.Value?.EndsWith("+json", StringComparison.OrdinalIgnoreCase) == true);

    /// <summary>The reader's own words, without its position suffix (given separately).</summary>
    private static string Reader(string message) =>
        message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0].Trim();
}
