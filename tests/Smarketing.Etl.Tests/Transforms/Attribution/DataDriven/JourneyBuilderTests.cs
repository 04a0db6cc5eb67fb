using Smarketing.Etl.Transforms.Attribution;
using Smarketing.Etl.Transforms.Attribution.DataDriven;

namespace Smarketing.Etl.Tests.Transforms.Attribution.DataDriven;

/// <summary>Which touches make a journey: before the conversion, known by the as-of instant, within the lookback before its end.</summary>
public class JourneyBuilderTests
{
    private static readonly DateTime AsOf = new(2024, 6, 30, 0, 0, 0, DateTimeKind.Utc);

    private static Touch T(int person, int campaign, int year, int month, int day) =>
        new($"{person}-{campaign}-{month}-{day}", "Salesforce", new DateTime(year, month, day, 12, 0, 0, DateTimeKind.Utc), campaign, 0, person, false);

    private static List<JourneyBuilder.DatedJourney> Build(Dictionary<int, List<Touch>> touches, Dictionary<int, (DateTime, decimal)> conversions) =>
        // Campaign n is channel n − 1.
        JourneyBuilder.Build(touches, conversions, campaign => campaign - 1, lookbackDays: 365, AsOf).ToList();

    [Test]
    public void A_converted_journey_stops_at_the_conversion_and_belongs_to_its_quarter()
    {
        var touches = new Dictionary<int, List<Touch>> { [1] = [T(1, 1, 2024, 1, 10), T(1, 2, 2024, 2, 1), T(1, 3, 2024, 3, 5)] };
        var journeys = Build(touches, new() { [1] = (new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc), 1000m) });
        Assert.That(journeys.Single().QuarterStart, Is.EqualTo(new DateOnly(2024, 1, 1)));
        Assert.That(journeys.Single().Journey.Channels, Is.EqualTo(new[] { 0, 1 }));
        Assert.That((journeys.Single().Journey.Converted, journeys.Single().Journey.Revenue), Is.EqualTo((true, 1000m)));
    }

    [Test]
    public void A_journey_that_did_not_convert_ends_at_its_last_touch_and_keeps_the_lookback_before_it()
    {
        // Last touch 2024-05-01: the window starts 365 days earlier, 2023-05-02, so the 2023-01-01 touch is out.
        var touches = new Dictionary<int, List<Touch>> { [2] = [T(2, 1, 2023, 1, 1), T(2, 4, 2024, 5, 1)] };
        var journey = Build(touches, []).Single();
        Assert.That((journey.QuarterStart, journey.Journey.Converted, journey.Journey.Channels.Single()), Is.EqualTo((new DateOnly(2024, 4, 1), false, 3)));
    }

    [Test]
    public void People_without_a_touch_before_conversion_or_before_the_as_of_instant_have_no_journey()
    {
        var touches = new Dictionary<int, List<Touch>> { [3] = [T(3, 1, 2024, 7, 15)], [4] = [T(4, 1, 2024, 4, 2)] };
        var journeys = Build(touches, new() { [4] = (new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc), 10m) });
        Assert.That(journeys, Is.Empty);
    }

    [Test]
    public void Quarter_labels_name_the_calendar_quarter() =>
        Assert.That(new[] { new DateOnly(2024, 1, 1), new DateOnly(2025, 10, 1) }.Select(JourneyBuilder.QuarterLabel), Is.EqualTo(new[] { "2024-Q1", "2025-Q4" }));
}
