using System.Globalization;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Dimensions;

/// <summary>dw.DimDate for whole calendar years from the earliest staged date to a year past the latest: calendar, ISO week,
/// fiscal year (named for the calendar year it ends in), and business-day flags from the default calendar. The creation of a
/// campaign without a start date counts too: its cost is booked from that day, and prep.CampaignCost counts the days here.</summary>
public sealed class DateDimension : ITransform
{
    internal const string RangeSql =
        "SELECT MIN(d), MAX(d) FROM (" +
        "SELECT CAST(CreatedDate AS date) AS d FROM stg.SalesforceLead UNION ALL " +
        "SELECT CAST(CreatedDate AS date) FROM stg.SalesforceOpportunity UNION ALL " +
        "SELECT CloseDate FROM stg.SalesforceOpportunity UNION ALL " +
        "SELECT StartDate FROM stg.SalesforceCampaign UNION ALL " +
        "SELECT CAST(CreatedDate AS date) FROM stg.SalesforceCampaign WHERE StartDate IS NULL UNION ALL " +
        "SELECT EndDate FROM stg.SalesforceCampaign UNION ALL " +
        "SELECT Month FROM stg.Target UNION ALL " +
        "SELECT CAST(activityDate AS date) FROM stg.MarketoActivity) AS Dates";

    /// <inheritdoc />
    public string Table => "dw.DimDate";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        DateOnly? min = null, max = null;
        using (var reader = context.Loader.Read(RangeSql))
        {
            if (reader.Read())
            {
                min = reader.Date(0);
                max = reader.Date(1);
            }
        }

        var today = DateOnly.FromDateTime(context.AsOfUtc);
        var first = new DateOnly((min ?? today).Year, 1, 1);
        var last = new DateOnly((max ?? today).Year + 1, 12, 31);
        return [TableLoad.Upsert(context.Loader, Table, Columns, Rows(first, last, context.Configuration, context.BatchId))];
    }

    /// <summary>The columns written, in row order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
    [
        "DateKey", "Date", "Year", "Quarter", "QuarterName", "Month", "MonthName", "MonthShortName", "YearMonth", "YearMonthName",
        "MonthStartDate", "MonthEndDate", "DayOfMonth", "DayOfYear", "DayOfWeek", "DayName", "DayShortName", "IsoWeek", "IsoYear",
        "WeekStartDate", "FiscalYear", "FiscalQuarter", "FiscalMonth", "IsWeekend", "IsHoliday", "HolidayName", "IsBusinessDay", "BatchId",
    ];

    /// <summary>One row per day from <paramref name="first"/> to <paramref name="last"/> inclusive.</summary>
    public static IEnumerable<object?[]> Rows(DateOnly first, DateOnly last, FunnelConfiguration configuration, int batchId)
    {
        var calendar = configuration.Calendars.First(c => c.Name == configuration.DefaultCalendar);
        var holidays = calendar.Holidays.ToHashSet();
        var start = configuration.FiscalYearStartMonth;
        for (var d = first; d <= last; d = d.AddDays(1))
        {
            var dt = d.ToDateTime(TimeOnly.MinValue);
            var isoDay = d.DayOfWeek == DayOfWeek.Sunday ? 7 : (int)d.DayOfWeek;
            var fiscalMonth = ((d.Month - start + 12) % 12) + 1;
            var fiscalYear = start == 1 || d.Month < start ? d.Year : d.Year + 1;
            var isWeekend = d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;
            var isHoliday = holidays.Contains(d);
            var names = CultureInfo.InvariantCulture.DateTimeFormat;
            var monthStart = new DateOnly(d.Year, d.Month, 1);
            yield return
            [
                DateKey.From(d), d, (short)d.Year, (byte)(((d.Month - 1) / 3) + 1), $"Q{((d.Month - 1) / 3) + 1}", (byte)d.Month,
                names.GetMonthName(d.Month), names.GetAbbreviatedMonthName(d.Month), (d.Year * 100) + d.Month,
                d.ToString("yyyy-MM", CultureInfo.InvariantCulture), monthStart, monthStart.AddMonths(1).AddDays(-1), (byte)d.Day,
                (short)d.DayOfYear, (byte)isoDay, d.DayOfWeek.ToString(), names.GetAbbreviatedDayName(d.DayOfWeek),
                (byte)ISOWeek.GetWeekOfYear(dt), (short)ISOWeek.GetYear(dt), d.AddDays(1 - isoDay),
                (short)fiscalYear, (byte)(((fiscalMonth - 1) / 3) + 1), (byte)fiscalMonth, isWeekend, isHoliday,
                isHoliday ? "Holiday" : null, calendar.WorkingDays.Contains(d.DayOfWeek) && !isHoliday, batchId,
            ];
        }
    }
}
