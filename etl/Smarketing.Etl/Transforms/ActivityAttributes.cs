using System.Text.Json;

namespace Smarketing.Etl.Transforms;

/// <summary>Reads one property of a Marketo activity's <c>attributes</c> JSON text (e.g. "Change Value", "New Status").</summary>
public static class ActivityAttributes
{
    /// <summary>The property's text: a JSON string as is, a JSON number as written (only when <paramref name="allowNumber"/>), a JSON
    /// array as written (e.g. Merge Leads' "Merge Ids");
    /// null when the text is empty, not JSON, or lacks the property.</summary>
    public static string? Text(string? attributesJson, string property, bool allowNumber = true)
    {
        if (string.IsNullOrWhiteSpace(attributesJson))
        {
            return null;
        }

        try
        {
            using var doc = JsonDocument.Parse(attributesJson);
            if (!doc.RootElement.TryGetProperty(property, out var value))
            {
                return null;
            }

            return value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number when allowNumber => value.GetRawText(),
                JsonValueKind.Array => value.GetRawText(),
                _ => null,
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
