using System.Text.RegularExpressions;

namespace Smarketing.PowerBi;

/// <summary>TMDL object names: written plain unless they contain whitespace or one of <c>. = : '</c>, in which case they are
/// single-quoted with '' standing for a quote.</summary>
public static partial class TmdlName
{
    [GeneratedRegex(@"^[^\s.=:']+$")]
    private static partial Regex Plain();

    /// <summary>Reads a name at the start of <paramref name="text"/>; returns (name, rest) or an error.</summary>
    public static (string? Name, string Remainder, string? Error) Read(string text)
    {
        if (text.StartsWith('\''))
        {
            var name = new System.Text.StringBuilder();
            for (var i = 1; i < text.Length; i++)
            {
                if (text[i] != '\'')
                {
                    name.Append(text[i]);
                }
                else if (i + 1 < text.Length && text[i + 1] == '\'')
                {
                    name.Append('\'');
                    i++;
                }
                else
                {
                    return (name.ToString(), text[(i + 1)..], null);
                }
            }

            return (null, "", $"unbalanced quote in name {text}");
        }

        var end = text.IndexOfAny([' ', '=', '\t', '.']);
        var plain = end < 0 ? text : text[..end];
        var rest = end < 0 ? "" : text[end..];
        var next = rest.TrimStart();
        if (!Plain().IsMatch(plain))
        {
            return (null, rest, $"name '{plain}' must be quoted ('…') because it is not a plain identifier");
        }

        // An unquoted name followed by more words means a name with spaces that lacks its quotes.
        if (next.Length > 0 && !next.StartsWith('=') && !next.StartsWith('.') && rest.StartsWith(' '))
        {
            return (null, rest, $"name '{plain} {next.Split(' ')[0]}…' contains spaces and must be quoted ('…')");
        }

        return (plain, rest, null);
    }

    /// <summary>Splits <c>Table.Column</c> / <c>'Table name'.'Column name'</c>.</summary>
    public static (string? Table, string? Column, string? Error) Qualified(string text)
    {
        var (table, rest, error) = Read(text.Trim());
        if (error is not null || table is null)
        {
            return (null, null, error);
        }

        if (!rest.StartsWith('.'))
        {
            return (null, null, $"'{text}' is not Table.Column");
        }

        var (column, tail, columnError) = Read(rest[1..]);
        return columnError is not null || tail.Trim().Length > 0 ? (null, null, columnError ?? $"unexpected text after '{text}'") : (table, column, null);
    }

    /// <summary>Quotes a name when TMDL requires it.</summary>
    public static string Quote(string name) => Plain().IsMatch(name) ? name : "'" + name.Replace("'", "''", StringComparison.Ordinal) + "'";
}
