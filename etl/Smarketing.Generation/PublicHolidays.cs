namespace Smarketing.Generation;

/// <summary>
/// Days the sales floor is closed: the usual US company holidays (observed on the nearest weekday) and the bank holidays
/// of England and Wales (substituted to the next weekday). Computed for any year so every period works.
/// </summary>
internal static class PublicHolidays
{
    public static HashSet<DateOnly> UnitedStates(int firstYear, int lastYear)
    {
        var days = new HashSet<DateOnly>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            days.Add(Observed(new DateOnly(year, 1, 1)));
            days.Add(LastWeekday(year, 5, DayOfWeek.Monday));               // Memorial Day
            days.Add(Observed(new DateOnly(year, 7, 4)));                   // Independence Day
            days.Add(NthWeekday(year, 9, DayOfWeek.Monday, 1));             // Labor Day
            var thanksgiving = NthWeekday(year, 11, DayOfWeek.Thursday, 4);
            days.Add(thanksgiving);
            days.Add(thanksgiving.AddDays(1));
            days.Add(Observed(new DateOnly(year, 12, 25)));
        }

        return days;
    }

    public static HashSet<DateOnly> EnglandAndWales(int firstYear, int lastYear)
    {
        var days = new HashSet<DateOnly>();
        for (var year = firstYear; year <= lastYear; year++)
        {
            days.Add(NextWeekday(new DateOnly(year, 1, 1)));
            var easter = EasterSunday(year);
            days.Add(easter.AddDays(-2));                                   // Good Friday
            days.Add(easter.AddDays(1));                                    // Easter Monday
            days.Add(NthWeekday(year, 5, DayOfWeek.Monday, 1));             // Early May
            days.Add(LastWeekday(year, 5, DayOfWeek.Monday));               // Spring
            days.Add(LastWeekday(year, 8, DayOfWeek.Monday));               // Summer
            var christmas = NextWeekday(new DateOnly(year, 12, 25));
            days.Add(christmas);
            days.Add(NextWeekday(christmas.AddDays(1)));                    // Boxing Day
        }

        return days;
    }

    private static DateOnly Observed(DateOnly day) => day.DayOfWeek switch
    {
        DayOfWeek.Saturday => day.AddDays(-1),
        DayOfWeek.Sunday => day.AddDays(1),
        _ => day,
    };

    private static DateOnly NextWeekday(DateOnly day)
    {
        while (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private static DateOnly NthWeekday(int year, int month, DayOfWeek weekday, int n)
    {
        var first = new DateOnly(year, month, 1);
        var offset = ((int)weekday - (int)first.DayOfWeek + 7) % 7;
        return first.AddDays(offset + (7 * (n - 1)));
    }

    private static DateOnly LastWeekday(int year, int month, DayOfWeek weekday)
    {
        var last = new DateOnly(year, month, DateTime.DaysInMonth(year, month));
        var offset = ((int)last.DayOfWeek - (int)weekday + 7) % 7;
        return last.AddDays(-offset);
    }

    /// <summary>Gregorian Easter Sunday (anonymous Gregorian algorithm).</summary>
    private static DateOnly EasterSunday(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4;
        int f = (b + 8) / 25, g = (b - f + 1) / 3, h = ((19 * a) + b - d - g + 15) % 30;
        int i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
