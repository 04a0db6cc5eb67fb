using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>Turns people's touches and conversions into channel journeys. A converted person's journey holds the touches before
/// the conversion; a person who has not converted by the as-of instant keeps every touch up to it. Either way only the touches
/// within the lookback window before the journey's end count (the end is the conversion, else the last touch), as for the
/// rule-based models. The journey belongs to the calendar quarter of its end.</summary>
public static class JourneyBuilder
{
    /// <summary>One person's journey with the instant it ended (the conversion, else the last touch) and the quarter of that.</summary>
    public sealed record DatedJourney(int Person, DateTime EndedAtUtc, ChannelJourney Journey)
    {
        /// <summary>The first day of the calendar quarter the journey ended in.</summary>
        public DateOnly QuarterStart => JourneyBuilder.QuarterStart(EndedAtUtc);
    }

    /// <summary>Builds one journey per person with at least one touch in the window.</summary>
    /// <param name="touches">Each person's touches, oldest first.</param>
    /// <param name="conversions">Each converted person's conversion instant and the revenue it brought.</param>
    /// <param name="channelOf">The channel index of a campaign key.</param>
    /// <param name="lookbackDays">Touches more than this many days before the journey's end are left out.</param>
    /// <param name="asOfUtc">Touches after it are not yet known.</param>
    public static IEnumerable<DatedJourney> Build(IEnumerable<KeyValuePair<int, List<Touch>>> touches,
        IReadOnlyDictionary<int, (DateTime At, decimal Revenue)> conversions, Func<int, int> channelOf, int lookbackDays, DateTime asOfUtc)
    {
        ArgumentNullException.ThrowIfNull(touches);
        ArgumentNullException.ThrowIfNull(conversions);
        ArgumentNullException.ThrowIfNull(channelOf);
        foreach (var (person, list) in touches)
        {
            var converted = conversions.TryGetValue(person, out var conversion);
            var before = list.Where(t => t.AtUtc <= asOfUtc && (!converted || t.AtUtc < conversion.At)).ToList();
            if (before.Count == 0)
            {
                continue;
            }

            var end = converted ? conversion.At : before[^1].AtUtc;
            var from = end.AddDays(-lookbackDays);
            var channels = before.Where(t => t.AtUtc >= from).Select(t => channelOf(t.CampaignKey)).ToArray();
            if (channels.Length == 0)
            {
                continue;
            }

            yield return new DatedJourney(person, end, new ChannelJourney(channels, converted, converted ? conversion.Revenue : 0m));
        }
    }

    /// <summary>The first day of the calendar quarter of an instant (UTC).</summary>
    public static DateOnly QuarterStart(DateTime atUtc) => new(atUtc.Year, (atUtc.Month - 1) / 3 * 3 + 1, 1);

    /// <summary>The period label of a quarter, e.g. 2024-Q3.</summary>
    public static string QuarterLabel(DateOnly quarterStart) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{quarterStart.Year}-Q{(quarterStart.Month - 1) / 3 + 1}");

    /// <summary>Whether the configuration's conversion event is the won opportunity rather than a stage category.</summary>
    public static bool ConvertsOnWin(DataDrivenAttributionConfiguration configuration) =>
        configuration?.Conversion == DataDrivenAttributionConfiguration.Won;
}
