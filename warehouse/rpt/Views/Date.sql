-- One row per calendar day; the unknown member 0 is left out so that Power BI can mark this as the date table.
CREATE VIEW rpt.Date
AS
SELECT
    d.DateKey,
    d.Date,
    d.Year,
    d.Quarter,
    d.QuarterName,
    d.Month,
    d.MonthName,
    d.MonthShortName,
    d.YearMonth,
    d.YearMonthName,
    d.MonthStartDate,
    d.MonthEndDate,
    d.DayOfMonth,
    d.DayOfYear,
    d.DayOfWeek,
    d.DayName,
    d.DayShortName,
    d.IsoWeek,
    d.IsoYear,
    d.WeekStartDate,
    d.FiscalYear,
    d.FiscalQuarter,
    d.FiscalMonth,
    d.IsWeekend,
    d.IsHoliday,
    d.HolidayName,
    d.IsBusinessDay
FROM dw.DimDate AS d
WHERE d.DateKey <> 0;
