using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>Finds the objects a DAX expression refers to: <c>'Table'[Column]</c>, <c>Table[Column]</c> and bare <c>[Measure]</c>.</summary>
public static partial class DaxReferences
{
    [GeneratedRegex(@"(?:'(?<qt>(?:[^']|'')+)'|(?<t>[A-Za-z_][A-Za-z0-9_]*))?\[(?<c>[^\]]+)\]")]
    private static partial Regex Reference();

    [GeneratedRegex("\"(?:[^\"]|\"\")*\"")]
    private static partial Regex StringLiteral();

    /// <summary>(table or null, name) for every reference outside string literals.</summary>
    public static IEnumerable<(string? Table, string Name)> In(string dax)
    {
        var code = StringLiteral().Replace(dax, "\"\"");
        foreach (Match m in Reference().Matches(code))
        {
            var table = m.Groups["qt"].Success ? m.Groups["qt"].Value.Replace("''", "'", StringComparison.Ordinal)
                : m.Groups["t"].Success ? m.Groups["t"].Value : null;
            yield return (table, m.Groups["c"].Value);
        }
    }
}
