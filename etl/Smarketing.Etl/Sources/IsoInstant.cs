namespace Smarketing.Etl.Sources;

/// <summary>
/// The fast path of <see cref="FieldParser.TryDateTimeUtc(ReadOnlySpan{char}, out DateTime)"/> for the spellings exports use almost
/// always: <c>yyyy-MM-dd</c>, or <c>yyyy-MM-dd</c> + <c>T</c> or space + <c>HH:mm:ss</c>, an optional fraction of 1–7 digits and an
/// optional <c>Z</c>. Parsed digit by digit with no allocation; anything else (offsets, minutes-only times) is left to the general parser.
/// </summary>
internal static class IsoInstant
{
    /// <summary>True when <paramref name="s"/> is one of the canonical spellings and a valid instant (UTC).</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out DateTime utc)
    {
        utc = default;
        if (s.Length < 10 || s[4] != '-' || s[7] != '-'
            || !Digits(s.Slice(0, 4), out var year) || !Digits(s.Slice(5, 2), out var month) || !Digits(s.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        var ticks = new DateTime(year, month, day).Ticks;
        if (s.Length == 10)
        {
            utc = new DateTime(ticks, DateTimeKind.Utc);
            return true;
        }

        if (s.Length < 19 || s[10] is not ('T' or ' ') || s[13] != ':' || s[16] != ':'
            || !Digits(s.Slice(11, 2), out var hour) || !Digits(s.Slice(14, 2), out var minute) || !Digits(s.Slice(17, 2), out var second)
            || hour > 23 || minute > 59 || second > 59)
        {
            return false;
        }

        ticks += (hour * TimeSpan.TicksPerHour) + (minute * TimeSpan.TicksPerMinute) + (second * TimeSpan.TicksPerSecond);
        var i = 19;
        if (i < s.Length && s[i] == '.')
        {
            var start = ++i;
            long fraction = 0;
            while (i < s.Length && char.IsAsciiDigit(s[i]))
            {
                fraction = (fraction * 10) + (s[i] - '0');
                i++;
            }

            var digits = i - start;
            if (digits is 0 or > 7)
            {
                return false;
            }

            for (var d = digits; d < 7; d++)
            {
                fraction *= 10;
            }

            ticks += fraction;
        }

        if (i < s.Length && s[i] == 'Z')
        {
            i++;
        }

        if (i != s.Length)
        {
            return false;
        }

        utc = new DateTime(ticks, DateTimeKind.Utc);
        return true;
    }

    private static bool Digits(ReadOnlySpan<char> s, out int value)
    {
        value = 0;
        foreach (var c in s)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            value = (value * 10) + (c - '0');
        }

        return true;
    }
}
