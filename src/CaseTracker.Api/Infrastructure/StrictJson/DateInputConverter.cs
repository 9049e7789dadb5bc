using System.Text.Json;
using System.Text.Json.Serialization;
using CaseTracker.Api.Features.Cases;

namespace CaseTracker.Api.Infrastructure.StrictJson;

/// <summary>
/// A date is read from its natural first form, "2020-06-07", as well as from
/// {"value": "2020-06-07", "approximate": true, "yearInferred": false}.
/// </summary>
public sealed class DateInputConverter : JsonConverter<DateInput>
{
    public static readonly string[] Fields = ["value", "approximate", "yearInferred"];

    public override DateInput? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return new DateInput(reader.GetString());
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException(BodyShape.Describe(typeof(DateInput)));
        string? value = null;
        bool approximate = false, yearInferred = false;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name.ToLowerInvariant())
            {
                case "value": value = reader.TokenType == JsonTokenType.Null ? null : reader.GetString(); break;
                case "approximate": approximate = reader.GetBoolean(); break;
                case "yearinferred": yearInferred = reader.GetBoolean(); break;
                default: throw new JsonException($"'{name}' is not a field of a date; a date has {string.Join(", ", Fields)}.");
            }
        }
        return new DateInput(value, approximate, yearInferred);
    }

    public override void Write(Utf8JsonWriter writer, DateInput value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        writer.WriteString("value", value.Value);
        writer.WriteBoolean("approximate", value.Approximate);
        writer.WriteBoolean("yearInferred", value.YearInferred);
        writer.WriteEndObject();
    }
}
