using System.Globalization;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Sources;

/// <summary>Parses one CSV field into the CLR value of its staging column type. Accepts what the vendors write:
/// ISO-8601 date-times with or without <c>T</c>, fraction and <c>Z</c>/offset (no offset means UTC), <c>yyyy-MM-dd</c> dates,
/// true/false/1/0, invariant numbers; empty means null.</summary>
public static class FieldParser
{
    private static readonly string[] DateTimeFormats =
    [
        "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd HH:mm:ssK",
        "yyyy-MM-dd'T'HH:mmK", "yyyy-MM-dd HH:mmK", "yyyy-MM-dd",
    ];

    /// <summary>Parses <paramref name="text"/>; on failure returns false and a reason that reads after the quoted value
    /// (e.g. <c>is not a date-time (expected ISO-8601 such as 2024-03-01T14:22:05Z)</c>).</summary>
    public static bool TryParse(string text, SqlType type, out object? value, out string? reason) => TryParse(text.AsSpan(), text, type, out value, out reason);

    /// <summary>Parses a field read straight from the file's buffer: only text columns allocate a string.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, SqlType type, out object? value, out string? reason) => TryParse(text, null, type, out value, out reason);

    private static bool TryParse(ReadOnlySpan<char> text, string? original, SqlType type, out object? value, out string? reason)
    {
        value = null;
        reason = null;
        if (text.Length == 0)
        {
            return true;
        }

        switch (type.Name)
        {
            case "bigint" or "int" or "smallint" or "tinyint":
                return TryInteger(text, type, out value, out reason);
            case "decimal" or "numeric" or "money" or "float" or "real":
                if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d))
                {
                    value = type.Name is "float" or "real" ? (double)d : decimal.Round(d, type.Scale ?? 4);
                    return true;
                }

                reason = "is not a number (expected digits with '.' as decimal separator)";
                return false;
            case "bit":
                return TryBoolean(text, out value, out reason);
            case "date":
                if (TryDateTimeUtc(text, out var date))
                {
                    value = DateOnly.FromDateTime(date);
                    return true;
                }

                reason = "is not a date (expected yyyy-MM-dd)";
                return false;
            case "datetime2" or "datetime" or "smalldatetime":
                if (TryDateTimeUtc(text, out var instant))
                {
                    value = new DateTime(instant.Ticks - (instant.Ticks % TimeSpan.TicksPerMillisecond), DateTimeKind.Utc);
                    return true;
                }

                reason = "is not a date-time (expected ISO-8601 such as 2024-03-01T14:22:05Z)";
                return false;
            default:
                if (type.Length is > 0 and var max && text.Length > max)
                {
                    reason = $"is {text.Length} characters long; the column holds at most {max}";
                    return false;
                }

                value = original ?? text.ToString();
                return true;
        }
    }

    /// <summary>Parses an ISO-8601 instant to UTC (no offset means UTC; <c>+0000</c> and <c>+00:00</c> both accepted).</summary>
    public static bool TryDateTimeUtc(string text, out DateTime utc) => TryDateTimeUtc(text.AsSpan(), out utc);

    /// <summary>Parses an ISO-8601 instant to UTC (no offset means UTC; <c>+0000</c> and <c>+00:00</c> both accepted).</summary>
    public static bool TryDateTimeUtc(ReadOnlySpan<char> text, out DateTime utc)
    {
        var trimmed = text.Trim();
        if (IsoInstant.TryParse(trimmed, out utc))
        {
            return true;
        }

        var s = trimmed.ToString();
        // +hhmm (Salesforce's format) → +hh:mm, which the K specifier understands.
        if (s.Length > 5 && (s[^5] == '+' || s[^5] == '-') && s[^4..].All(char.IsAsciiDigit) && s.Length >= 15)
        {
            s = string.Concat(s.AsSpan(0, s.Length - 2), ":", s.AsSpan(s.Length - 2));
        }

        if (DateTime.TryParseExact(s, DateTimeFormats, CultureInfo.InvariantCulture,
                DateTimeStyles.AdjustToUniversal | DateTimeStyles.AssumeUniversal, out utc))
        {
            return true;
        }

        utc = default;
        return false;
    }

    private static bool TryInteger(ReadOnlySpan<char> text, SqlType type, out object? value, out string? reason)
    {
        reason = null;
        if (long.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowLeadingWhite | NumberStyles.AllowTrailingWhite, CultureInfo.InvariantCulture, out var whole)
            && IntegerValue(whole, type.Name) is { } exact)
        {
            value = exact;
            return true;
        }

        value = null;
        if (!decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) || number != decimal.Truncate(number))
        {
            reason = "is not a whole number";
            return false;
        }

        var (min, max) = type.Name switch
        {
            "tinyint" => (byte.MinValue, (decimal)byte.MaxValue),
            "smallint" => (short.MinValue, short.MaxValue),
            "int" => (int.MinValue, int.MaxValue),
            _ => ((decimal)long.MinValue, (decimal)long.MaxValue),
        };
        if (number < min || number > max)
        {
            reason = $"is out of range for {type.Name} ({min}..{max})";
            return false;
        }

        value = type.Name switch
        {
            "tinyint" => (byte)number,
            "smallint" => (short)number,
            "int" => (int)number,
            _ => (object)(long)number,
        };
        return true;
    }

    /// <summary>The boxed value of <paramref name="number"/> for an integer column, or null when it is out of the column's range.</summary>
    private static object? IntegerValue(long number, string typeName) => typeName switch
    {
        "tinyint" => number is >= byte.MinValue and <= byte.MaxValue ? (byte)number : null,
        "smallint" => number is >= short.MinValue and <= short.MaxValue ? (short)number : null,
        "int" => number is >= int.MinValue and <= int.MaxValue ? (int)number : null,
        _ => number,
    };

    private static bool TryBoolean(ReadOnlySpan<char> text, out object? value, out string? reason)
    {
        reason = null;
        var word = text.Trim();
        value = word.Equals("true", StringComparison.OrdinalIgnoreCase) || word is "1" || word.Equals("yes", StringComparison.OrdinalIgnoreCase) || word.Equals("y", StringComparison.OrdinalIgnoreCase)
            ? true
            : word.Equals("false", StringComparison.OrdinalIgnoreCase) || word is "0" || word.Equals("no", StringComparison.OrdinalIgnoreCase) || word.Equals("n", StringComparison.OrdinalIgnoreCase)
                ? false
                : null;
        if (value is null)
        {
            reason = "is not a boolean (expected true/false or 1/0)";
            return false;
        }

        return true;
    }
}
