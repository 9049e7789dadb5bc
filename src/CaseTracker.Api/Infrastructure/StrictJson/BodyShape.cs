using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using CaseTracker.Api.Features.Cases;
using CaseTracker.Extraction.Text;

namespace CaseTracker.Api.Infrastructure.StrictJson;

/// <summary>
/// Compares a JSON body with the request type it must fill, before anything reads it: every
/// member the type does not have (at any depth) and every value of the wrong kind, named by its
/// path as the client wrote it, in words rather than .NET type names.
/// </summary>
public static class BodyShape
{
    /// <summary>The request types' fields as JSON names them; dates as the objects they may be written as.</summary>
    private static readonly JsonSerializerOptions Shapes = CreateShapes();

    private static JsonSerializerOptions CreateShapes()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web) { TypeInfoResolver = new DefaultJsonTypeInfoResolver() };
        Json.Configure(options);
        options.MakeReadOnly();
        return options;
    }

    public static Dictionary<string, string[]> Check(JsonElement body, Type requestType)
    {
        var errors = new Dictionary<string, string[]>();
        Walk(body, requestType, "", errors);
        return errors;
    }

    private static void Walk(JsonElement value, Type type, string path, Dictionary<string, string[]> errors)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (value.ValueKind == JsonValueKind.Null) return;
        if (type == typeof(DateInput) && value.ValueKind == JsonValueKind.String) return;
        var info = Shapes.GetTypeInfo(type);
        switch (info.Kind)
        {
            case JsonTypeInfoKind.Object when value.ValueKind == JsonValueKind.Object:
                foreach (var member in value.EnumerateObject())
                {
                    var field = info.Properties.FirstOrDefault(p => string.Equals(p.Name, member.Name, StringComparison.OrdinalIgnoreCase));
                    if (field is null) errors[Join(path, member.Name)] = [Unknown(member.Name, path, info)];
                    else Walk(member.Value, field.PropertyType, Join(path, field.Name), errors);
                }
                return;
            case JsonTypeInfoKind.Enumerable when value.ValueKind == JsonValueKind.Array:
                var index = 0;
                foreach (var item in value.EnumerateArray()) Walk(item, info.ElementType!, $"{Name(path)}[{index++}]", errors);
                return;
            case JsonTypeInfoKind.Dictionary when value.ValueKind == JsonValueKind.Object:
                return;
            case JsonTypeInfoKind.None when Fits(value.ValueKind, type):
                return;
        }
        errors[Name(path)] = [$"{(path.Length == 0 ? "The body" : $"'{path}'")} must be {Describe(type)}."];
    }

    private static string Unknown(string member, string path, JsonTypeInfo info)
    {
        var known = info.Properties.Select(p => p.Name).ToList();
        var nearest = NearestNames.Find(member, known, max: 1);
        var where = path.Length == 0 ? "this request" : $"'{path}'";
        return $"'{member}' is not a field of {where}"
            + (nearest.Count > 0 ? $"; did you mean '{nearest[0]}'?" : ".")
            + $" Its fields are: {string.Join(", ", known)}.";
    }

    private static bool Fits(JsonValueKind kind, Type type)
    {
        if (type == typeof(bool)) return kind is JsonValueKind.True or JsonValueKind.False;
        if (type.IsPrimitive || type == typeof(decimal)) return kind == JsonValueKind.Number;
        return kind == JsonValueKind.String;
    }

    /// <summary>What a value of this type looks like, for people: "a whole number", "an id (a GUID)".</summary>
    public static string Describe(Type type)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type == typeof(DateInput))
            return "a date: \"2020-06-07\", \"2020-06\", \"2020\" or \"--06-07\", or an object {\"value\": \"2020-06-07\", \"approximate\": false, \"yearInferred\": false}";
        if (type == typeof(string)) return "a string";
        if (type == typeof(bool)) return "true or false";
        if (type == typeof(Guid)) return "an id (a GUID such as 0196f0c2-7a1e-7c3e-9a4b-2f1d5e6a7b8c)";
        if (type == typeof(int) || type == typeof(long) || type == typeof(short)) return "a whole number";
        if (type.IsPrimitive || type == typeof(decimal)) return "a number";
        if (type == typeof(DateOnly)) return "a day written YYYY-MM-DD";
        if (type == typeof(DateTimeOffset) || type == typeof(DateTime)) return "a moment such as 2026-01-01T00:00:00Z";
        var info = Shapes.GetTypeInfo(type);
        return info.Kind switch
        {
            JsonTypeInfoKind.Object => $"an object with the fields {string.Join(", ", info.Properties.Select(p => p.Name))}",
            JsonTypeInfoKind.Enumerable => $"a list, each item {Describe(info.ElementType!)}",
            JsonTypeInfoKind.Dictionary => "an object",
            _ => "a string",
        };
    }

    /// <summary>The type found at a JSON path such as "$.source.quoteStart" or "$.sources[2].text"; null when the path leaves the type.</summary>
    public static Type? TypeAt(Type root, string? jsonPath)
    {
        var type = root;
        foreach (var part in (jsonPath ?? "$").TrimStart('$').Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = part.Split('[')[0];
            type = Nullable.GetUnderlyingType(type) ?? type;
            var info = Shapes.GetTypeInfo(type);
            if (info.Kind != JsonTypeInfoKind.Object) return null;
            var field = info.Properties.FirstOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
            if (field is null) return null;
            type = field.PropertyType;
            if (part.Contains('[')) type = Shapes.GetTypeInfo(Nullable.GetUnderlyingType(type) ?? type).ElementType ?? type;
        }
        return type;
    }

    private static string Join(string path, string name) => path.Length == 0 ? name : $"{path}.{name}";
    private static string Name(string path) => path.Length == 0 ? "body" : path;
}
