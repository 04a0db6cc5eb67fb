using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Reads a column mapping written either as a source column name (<c>"Email": "email"</c>) or as an object.</summary>
public sealed class ColumnMappingConverter : JsonConverter<ColumnMapping>
{
    /// <inheritdoc />
    public override ColumnMapping? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
        {
            return new ColumnMapping { Column = reader.GetString() };
        }

        if (reader.TokenType != JsonTokenType.StartObject)
        {
            throw new JsonException("a column mapping is a source column name or an object such as { \"column\": \"created\", \"format\": \"dd/MM/yyyy\" }");
        }

        var result = new ColumnMapping();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString()!;
            reader.Read();
            switch (name.ToLowerInvariant())
            {
                case "column": result.Column = reader.GetString(); break;
                case "constant": result.Constant = reader.TokenType == JsonTokenType.String ? reader.GetString() : JsonDocument.ParseValue(ref reader).RootElement.GetRawText(); break;
                case "combine": result.Combine = JsonSerializer.Deserialize<List<string>>(ref reader, options); break;
                case "separator": result.Separator = reader.GetString(); break;
                case "id": result.Id = JsonSerializer.Deserialize<IdMapping>(ref reader, options); break;
                case "lookup": result.Lookup = JsonSerializer.Deserialize<LookupMapping>(ref reader, options); break;
                case "format": result.Format = reader.GetString(); break;
                case "timezone": result.TimeZone = reader.GetString(); break;
                case "valuemap": result.ValueMap = JsonSerializer.Deserialize<Dictionary<string, string?>>(ref reader, options); break;
                case "default": result.Default = reader.GetString(); break;
                case "passthrough": result.Passthrough = reader.GetBoolean(); break;
                case "optional": result.Optional = reader.GetBoolean(); break;
                case "nth": result.Nth = reader.GetInt32(); break;
                case "first": result.Nth = reader.GetBoolean() ? 1 : result.Nth; break;
                default:
                    throw new JsonException($"'{name}' is not a column mapping property (allowed: column, " +
                        "constant, combine, separator, nth, first, optional, id, lookup, format, timeZone, valueMap, default, passthrough)");
            }
        }

        return result;
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, ColumnMapping value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Mappings are read, not written.");
}
