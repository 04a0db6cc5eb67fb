namespace Smarketing.Generation;

/// <summary>
/// Writes Targets.csv: the monthly volume commitments a B2B company would set for the period, sized from the number of
/// leads asked for — marketing's leads and MQLs, the SDR team's SALs and SQLs, the account executives' opportunities and
/// bookings — and split over the SDRs and account executives on the team in each month. Like a real plan it runs ahead of the
/// data: to the end of the calendar quarter after the one holding <see cref="GeneratorOptions.To"/>, so <c>smarketing plan</c> has
/// a next quarter to plan. It draws from its own random stream, so adding it changed none of the other files.
/// </summary>
internal sealed class TargetPlan(RepRoster roster, GeneratorOptions options)
{
    // Per lead created: what the funnel of the generator yields on average, with a little stretch.
    private static readonly (string Team, string Metric, decimal PerLead, decimal Rounding)[] TeamTargets =
    [
        ("Marketing", "Leads", 1.05m, 5m), ("Marketing", "MQLs", 0.58m, 5m),
        ("Sales Development", "SALs", 0.37m, 1m), ("Sales Development", "SQLs", 0.15m, 1m),
        ("Account Executives", "Opportunities", 0.14m, 1m), ("Account Executives", "Bookings", 4200m, 5000m),
    ];

    public void Write(CsvExportWriter w)
    {
        var random = new SeededRandom(SeededRandom.Mix((ulong)options.Seed ^ 0x7461726765747300UL));
        var months = ((options.To.Year - options.From.Year) * 12) + options.To.Month - options.From.Month + 1;
        var leadsPerMonth = (decimal)options.Leads / months;
        var planned = months + MonthsToNextQuarterEnd(options.To.Month);
        for (var m = 0; m < planned; m++)
        {
            var month = new DateOnly(options.From.Year, options.From.Month, 1).AddMonths(m);
            var start = month.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            var stretch = (decimal)random.Between(0.95, 1.1) * (1m + (0.01m * m));
            foreach (var (team, metric, perLead, rounding) in TeamTargets)
            {
                var target = Round(leadsPerMonth * perLead * stretch, rounding);
                Row(w, month, "Team", team, metric, target);
                if (metric == "SALs")
                {
                    Split(w, month, roster.All.Where(r => r.IsSdrAt(start)).ToList(), metric, target, 1m);
                }
                else if (metric == "Bookings")
                {
                    Split(w, month, roster.All.Where(r => r.IsAccountExecutiveAt(start)).ToList(), metric, target, 1000m);
                }
            }
        }
    }

    /// <summary>Months after <paramref name="month"/> up to the end of the following calendar quarter (June → 3, July → 5).</summary>
    internal static int MonthsToNextQuarterEnd(int month) => (3 - ((month - 1) % 3)) - 1 + 3;

    private static void Split(CsvExportWriter w, DateOnly month, List<SalesRep> reps, string metric, decimal target, decimal rounding)
    {
        foreach (var rep in reps)
        {
            Row(w, month, "Rep", rep.Id, metric, Round(target / reps.Count, rounding));
        }
    }

    private static void Row(CsvExportWriter w, DateOnly month, string level, string targetFor, string metric, decimal target)
    {
        w.WriteDate(month);
        w.Write(level);
        w.Write(targetFor);
        w.Write(metric);
        w.WriteMoney(target);
        w.EndRow();
    }

    private static decimal Round(decimal value, decimal unit) => Math.Max(unit, Math.Round(value / unit, MidpointRounding.AwayFromZero) * unit);
}
