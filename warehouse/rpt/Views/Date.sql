-- One row per calendar day; the unknown member 0 is left out so that Power BI can mark this as the date table.
-- Columns:
--   Date: The calendar day.
--   Year: Calendar year.
--   Quarter: Calendar quarter number (1-4).
--   QuarterName: Calendar quarter as Q1 .. Q4.
--   Month: Calendar month number (1-12).
--   MonthName: Full month name (January).
--   MonthShortName: Three-letter month name (Jan).
--   YearMonth: Year and month as a number yyyymm.
--   YearMonthName: Year and month as text yyyy-mm.
--   MonthStartDate: First day of the month.
--   MonthEndDate: Last day of the month.
--   DayOfMonth: Day of the month (1-31).
--   DayOfYear: Day of the year (1-366).
--   DayOfWeek: ISO day of the week: 1 = Monday .. 7 = Sunday.
--   DayName: Full day name (Monday).
--   DayShortName: Short day name (Mon).
--   IsoWeek: ISO 8601 week number (1-53).
--   IsoYear: Year the ISO week belongs to.
--   WeekStartDate: The Monday of the ISO week.
--   FiscalYear: Fiscal year, named after the calendar year in which it ends.
--   FiscalQuarter: Fiscal quarter number (1-4).
--   FiscalMonth: Month number within the fiscal year (1-12).
--   IsWeekend: True on Saturday and Sunday.
--   IsHoliday: True on a holiday of the default calendar (defaultCalendar).
--   HolidayName: Holiday on a holiday of the default calendar; empty otherwise.
--   IsBusinessDay: True on a working day of the default calendar that is not a holiday.
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
