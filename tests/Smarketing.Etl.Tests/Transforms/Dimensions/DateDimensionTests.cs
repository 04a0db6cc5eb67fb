using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Dimensions;

namespace Smarketing.Etl.Tests.Transforms.Dimensions;

public class DateDimensionTests
{
    private static Dictionary<string, object?> Day(DateOnly date, int fiscalStart = 2)
    {
        var configuration = ConfigurationLoader.Load(null).Value;
        configuration.FiscalYearStartMonth = fiscalStart;
        var row = DateDimension.Rows(date, date, configuration, 7).Single();
        return DateDimension.Columns.Zip(row).ToDictionary(p => p.First, p => p.Second);
    }

    [Test]
    public void Fiscal_year_starting_in_February_is_named_for_the_year_it_ends_in()
    {
        var jan = Day(new DateOnly(2024, 1, 15));
        Assert.That((jan["FiscalYear"], jan["FiscalQuarter"], jan["FiscalMonth"]), Is.EqualTo(((short)2024, (byte)4, (byte)12)));
        var feb = Day(new DateOnly(2024, 2, 1));
        Assert.That((feb["FiscalYear"], feb["FiscalQuarter"], feb["FiscalMonth"]), Is.EqualTo(((short)2025, (byte)1, (byte)1)));
    }

    [Test]
    public void A_calendar_fiscal_year_equals_the_calendar_year()
    {
        var day = Day(new DateOnly(2024, 11, 30), fiscalStart: 1);
        Assert.That((day["FiscalYear"], day["FiscalQuarter"]), Is.EqualTo(((short)2024, (byte)4)));
    }

    [Test]
    public void Iso_week_of_a_year_boundary_belongs_to_the_next_iso_year()
    {
        var day = Day(new DateOnly(2024, 12, 30));
        Assert.That((day["IsoWeek"], day["IsoYear"], day["DayOfWeek"], day["DayName"]), Is.EqualTo(((byte)1, (short)2025, (byte)1, "Monday")));
    }

    [Test]
    public void Independence_day_is_a_holiday_and_not_a_business_day_in_the_default_calendar()
    {
        var day = Day(new DateOnly(2024, 7, 4));
        Assert.That((day["DateKey"], day["IsHoliday"], day["IsBusinessDay"], day["IsWeekend"]), Is.EqualTo((20240704, true, false, false)));
        Assert.That(Day(new DateOnly(2024, 7, 6))["IsBusinessDay"], Is.False, "Saturday");
        Assert.That(Day(new DateOnly(2024, 7, 5))["IsBusinessDay"], Is.True, "Friday");
    }
}
