using System.Globalization;

namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Reads source dates in a declared format and time zone and writes them the way the canonical files expect.</summary>
public static class DateFormats
{
    private static readonly DateTime Probe = new(2024, 11, 23, 17, 45, 30, DateTimeKind.Unspecified);

    /// <summary>Why <paramref name="format"/> cannot be a date format, or null when it can (it must name year, month and day,
    /// and read back what it writes).</summary>
    public static string? Problem(string format)
    {
        var hasHour = format.Contains('H', StringComparison.Ordinal) || format.Contains('h', StringComparison.Ordinal);
        if (!format.Contains('y', StringComparison.Ordinal) || !format.Contains('M', StringComparison.Ordinal) || !format.Contains('d', StringComparison.Ordinal)
            || (format.Contains('m', StringComparison.Ordinal) && !hasHour))
        {
            return "it needs a year (yyyy), a month (MM) and a day (dd); lower-case mm means minutes";
        }

        try
        {
            var text = Probe.ToString(format, CultureInfo.InvariantCulture);
            return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out _) ? null : "it does not read back what it writes";
        }
        catch (FormatException e)
        {
            return e.Message;
        }
    }

    /// <summary>Why <paramref name="zone"/> is not a known IANA time zone, or null.</summary>
    public static string? ZoneProblem(string zone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _) ? null : "is not a known IANA time zone (e.g. Europe/London, America/New_York)";

    /// <summary>Parses <paramref name="text"/> (ISO-8601 when <paramref name="format"/> is null) and writes it for a canonical
    /// column: yyyy-MM-dd for a date-only column (never shifted), ISO-8601 UTC otherwise.</summary>
    public static bool TryConvert(string text, string? format, string? zone, bool dateOnly, out string result)
    {
        result = "";
        DateTime value;
        if (format is null)
        {
            if (!FieldParser.TryDateTimeUtc(text, out value))
            {
                return false;
            }
        }
        else
        {
            if (!DateTime.TryParseExact(text.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out value))
            {
                return false;
            }

            if (!dateOnly && zone is not null)
            {
                var local = TimeZoneInfo.FindSystemTimeZoneById(zone);
                if (local.IsInvalidTime(value))
                {
                    return false;
                }

                value = TimeZoneInfo.ConvertTimeToUtc(DateTime.SpecifyKind(value, DateTimeKind.Unspecified), local);
            }
        }

        result = dateOnly
            ? value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : value.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);
        return true;
    }
}
