using System.Text.Json;
using System.Text.Json.Serialization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Reads an entity's sources written as one object or as an array of objects.</summary>
public sealed class EntitySourcesConverter : JsonConverter<EntitySources>
{
    /// <inheritdoc />
    public override EntitySources? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        // The serializer reads a nested value with a reader of its own (paths from "$", lines from 0): the error is passed on
        // with its inner path and line, which the loader appends to the entity's.
        try
        {
            return reader.TokenType switch
            {
                JsonTokenType.StartArray =>
                    new EntitySources(JsonSerializer.Deserialize<List<EntityMapping>>(ref reader, options) ?? []),
                JsonTokenType.StartObject => new EntitySources([JsonSerializer.Deserialize<EntityMapping>(ref reader, options)!]),
                _ => throw new JsonException(
                    "an entity mapping is an object { \"file\": …, \"columns\": … } or an array of them"),
            };
        }
        catch (JsonException e) when (e is not NestedJsonException)
        {
            throw new NestedJsonException(e.Message.Split(" Path:")[0], e.Path, e.LineNumber ?? 0, e);
        }
    }

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, EntitySources value, JsonSerializerOptions options) =>
        throw new NotSupportedException("Mappings are read, not written.");
}
