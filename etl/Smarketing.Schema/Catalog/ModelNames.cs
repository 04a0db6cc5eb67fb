using Microsoft.SqlServer.Dac.Model;

namespace Smarketing.Schema.Catalog;

/// <summary>Names and descriptions as the catalog spells them: <c>schema.name</c>, no brackets.</summary>
internal static class ModelNames
{
    private const string DescriptionProperty = "MS_Description";

    /// <summary><c>dw.DimLead</c> for <c>[dw].[DimLead]</c>.</summary>
    public static string FullName(TSqlObject element) => string.Join('.', element.Name.Parts);

    /// <summary>The last part of the name: the column, constraint or table name.</summary>
    public static string Name(TSqlObject element) => element.Name.Parts[^1];

    /// <summary><c>MS_Description</c> texts by host object full name (the build step writes them from the files' header comments).</summary>
    public static IReadOnlyDictionary<string, string> Descriptions(TSqlModel model)
    {
        var descriptions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var property in model.GetObjects(DacQueryScopes.UserDefined, ExtendedProperty.TypeClass))
        {
            var host = property.GetReferenced(ExtendedProperty.Host).FirstOrDefault();
            if (host is not null && string.Equals(Name(property), DescriptionProperty, StringComparison.OrdinalIgnoreCase))
            {
                descriptions[FullName(host)] = Unquote(property.GetProperty(ExtendedProperty.Value)?.ToString() ?? string.Empty);
            }
        }

        return descriptions;
    }

    /// <summary>The text of a T-SQL string literal (<c>N'it''s'</c> becomes <c>it's</c>).</summary>
    private static string Unquote(string literal)
    {
        var text = literal.Trim();
        if (text.StartsWith("N'", StringComparison.OrdinalIgnoreCase))
        {
            text = text[1..];
        }

        return text.Length >= 2 && text[0] == '\'' && text[^1] == '\''
            ? text[1..^1].Replace("''", "'", StringComparison.Ordinal)
            : text;
    }
}
