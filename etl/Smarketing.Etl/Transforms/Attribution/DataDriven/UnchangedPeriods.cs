using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>The periods a delta batch need not refit. A period's credits depend only on its stored journeys (path, outcome,
/// revenue), the channel list and the settings; a delta replaces only the journeys of the people in etl.RecomputeLead, so a
/// quarter none of whose journeys changed keeps the rows the last batch stored for it — exactly what a refit would give, since
/// the fit is deterministic (fixed seed, canonical order). "All" covers every quarter: it is kept only when no quarter changed.
/// A different configuration or build rebuilds every lead (<c>RecomputeScope</c>), and then every period is refitted.</summary>
internal sealed class UnchangedPeriods
{
    /// <summary>The stored journeys of the people the batch rebuilds, read before they are replaced.</summary>
    internal const string ScopedJourneysSql =
        "SELECT j.LeadKey, j.ChannelPath, j.IsConverted, j.EndedAtUtc, j.Revenue FROM dw.FactChannelJourney AS j " +
        "WHERE j.LeadKey IN (SELECT r.LeadKey FROM etl.RecomputeLead AS r)";

    /// <summary>The stored credits, every column.</summary>
    internal const string StoredRowsSql =
        "SELECT d.Period, d.PeriodStartDate, d.Channel, d.ModelName, d.ConversionEvent, d.Journeys, d.ConvertedJourneys, " +
        "d.ChannelJourneys, d.CreditedConversions, d.CreditShare, d.CreditShareLow, d.CreditShareHigh, d.CreditedRevenue, " +
        "d.Resamples, d.BatchId FROM dw.FactAttributionDataDriven AS d";

    private readonly HashSet<DateOnly> changedQuarters;

    private UnchangedPeriods(HashSet<DateOnly> changedQuarters) => this.changedQuarters = changedQuarters;

    /// <summary>Compares the stored journeys of the batch's people with their rebuilt ones (call before they are written): a
    /// quarter changed when a journey ending in it appeared, vanished or differs in path, outcome or revenue.</summary>
    public static UnchangedPeriods Compare(IWarehouseLoader loader, IReadOnlyList<FactChannelJourneyRow> rebuilt)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(rebuilt);
        var before = new Dictionary<int, (string Path, bool Converted, DateOnly Quarter, decimal Revenue)>();
        using (var r = loader.Read(ScopedJourneysSql))
        {
            while (r.Read())
            {
                var quarter = JourneyBuilder.QuarterStart(r.Instant(3)!.Value);
                before[r.Int(0)!.Value] = (r.Str(1)!, r.Bool(2) ?? false, quarter, r.Dec(4) ?? 0m);
            }
        }

        var changed = new HashSet<DateOnly>();
        foreach (var row in rebuilt)
        {
            var quarter = JourneyBuilder.QuarterStart(row.EndedAtUtc);
            if (before.Remove(row.LeadKey, out var old))
            {
                if (old == (row.ChannelPath, row.IsConverted, quarter, row.Revenue))
                {
                    continue;
                }

                changed.Add(old.Quarter);
            }

            changed.Add(quarter);
        }

        foreach (var vanished in before.Values)
        {
            changed.Add(vanished.Quarter);
        }

        return new UnchangedPeriods(changed);
    }

    /// <summary>The quarters whose journeys changed (for the log and tests).</summary>
    public IReadOnlyCollection<DateOnly> ChangedQuarters => changedQuarters;

    /// <summary>The stored rows of every period that keeps its credits, by period label; none when the stored rows were fitted on
    /// another channel list or other settings (then everything is refitted).</summary>
    public Dictionary<string, List<FactAttributionDataDrivenRow>> StoredRows(IWarehouseLoader loader,
        IReadOnlyList<string> channels, DataDrivenAttributionConfiguration settings)
    {
        ArgumentNullException.ThrowIfNull(loader);
        ArgumentNullException.ThrowIfNull(settings);
        var rows = new List<FactAttributionDataDrivenRow>();
        using (var r = loader.Read(StoredRowsSql))
        {
            while (r.Read())
            {
                rows.Add(new FactAttributionDataDrivenRow(r.Str(0)!, r.Date(1), r.Str(2)!, r.Str(3)!, r.Str(4)!, r.Int(5)!.Value,
                    r.Int(6)!.Value, r.Int(7)!.Value, r.Dec(8)!.Value, r.Dec(9)!.Value, r.Dec(10)!.Value, r.Dec(11)!.Value,
                    r.Dec(12)!.Value, r.Int(13)!.Value, r.Int(14)!.Value));
            }
        }

        var kept = new Dictionary<string, List<FactAttributionDataDrivenRow>>(StringComparer.Ordinal);
        foreach (var period in rows.GroupBy(p => p.Period, StringComparer.Ordinal))
        {
            var list = period.ToList();
            var sameFit = list.All(p => p.Resamples == settings.Resamples && p.ConversionEvent == settings.Conversion)
                && list.Select(p => p.Channel).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
                    .SequenceEqual(channels, StringComparer.Ordinal)
                && list.Count == 2 * channels.Count;
            if (!sameFit)
            {
                return [];
            }

            var unchanged = period.Key == DataDrivenAttributionFacts.AllPeriods
                ? changedQuarters.Count == 0
                : list[0].PeriodStartDate is { } start && !changedQuarters.Contains(start);
            if (unchanged)
            {
                kept[period.Key] = list;
            }
        }

        return kept;
    }
}
