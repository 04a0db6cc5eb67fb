using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>dw.FactAttributionDataDriven: Markov and Shapley credit per channel for every calendar quarter and for all journeys
/// together, with bootstrap intervals. Unlike the rule-based models it is a property of the whole population of journeys, so every
/// batch refits it in full (one read of every person's touches; the models themselves cost milliseconds per resample).</summary>
public sealed class DataDrivenAttributionFacts : ITransform
{
    /// <summary>The period of the rows that cover every journey.</summary>
    public const string AllPeriods = "All";

    internal const string ChannelsSql = "SELECT c.CampaignKey, c.Channel FROM dw.DimCampaign AS c WHERE c.CampaignKey <> 0";

    internal const string WinsSql =
        "SELECT o.LeadKey, o.ClosedAtUtc, o.WonAmount, o.SalesforceOpportunityId FROM dw.FactOpportunity AS o " +
        "WHERE o.IsWon = 1 AND o.IsDeleted = 0 AND o.LeadKey <> 0 AND o.ClosedAtUtc IS NOT NULL";

    internal const string StageEntriesSql =
        "SELECT h.LeadKey, s.Category, MIN(h.EnteredAtUtc) FROM dw.FactStageHistory AS h " +
        "INNER JOIN dw.DimStage AS s ON s.StageKey = h.StageKey WHERE h.LeadKey <> 0 GROUP BY h.LeadKey, s.Category";

    private static readonly string[] Columns =
    [
        "Period", "PeriodStartDate", "Channel", "ModelName", "ConversionEvent", "Journeys", "ConvertedJourneys", "ChannelJourneys",
        "CreditedConversions", "CreditShare", "CreditShareLow", "CreditShareHigh", "CreditedRevenue", "Resamples", "BatchId",
    ];

    /// <inheritdoc />
    public string Table => "dw.FactAttributionDataDriven";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var settings = context.Configuration.Attribution.DataDriven;
        if (!settings.Enabled)
        {
            return [TableLoad.Upsert(context.Loader, Table, Columns, [], UpsertOptions.Replace)];
        }

        var channelByCampaign = new Dictionary<int, string>();
        using (var r = context.Loader.Read(ChannelsSql))
        {
            while (r.Read())
            {
                channelByCampaign[r.Int(0)!.Value] = r.Str(1) ?? "Unknown";
            }
        }

        var channels = channelByCampaign.Values.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var index = channels.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal);
        var conversions = Conversions(context);
        var touches = TouchCatalog.LoadEveryone(context.Loader);
        var journeys = JourneyBuilder.Build(touches.People, conversions, campaign => index[channelByCampaign[campaign]],
            context.Configuration.Attribution.LookbackDays, context.AsOfUtc).ToList();
        return [TableLoad.Upsert(context.Loader, Table, Columns, Rows(context, journeys, channels), UpsertOptions.Replace)];
    }

    private static Dictionary<int, (DateTime At, decimal Revenue)> Conversions(TransformContext context)
    {
        var settings = context.Configuration.Attribution.DataDriven;
        var conversions = new Dictionary<int, (DateTime At, decimal Revenue)>();
        var wins = new Dictionary<int, (DateTime At, decimal Revenue, string Id)>();
        using (var r = context.Loader.Read(WinsSql))
        {
            while (r.Read())
            {
                var win = (At: r.Instant(1)!.Value, Revenue: r.Dec(2) ?? 0m, Id: r.Str(3)!);
                var lead = r.Int(0)!.Value;
                // The lead's first win converts it (ties broken by opportunity id, so the choice is stable).
                if (!wins.TryGetValue(lead, out var kept) || win.At < kept.At || (win.At == kept.At && string.CompareOrdinal(win.Id, kept.Id) < 0))
                {
                    wins[lead] = win;
                }
            }
        }

        if (JourneyBuilder.ConvertsOnWin(settings))
        {
            foreach (var (lead, win) in wins)
            {
                conversions[lead] = (win.At, win.Revenue);
            }

            return conversions;
        }

        using (var r = context.Loader.Read(StageEntriesSql))
        {
            while (r.Read())
            {
                if (r.Str(1) == settings.Conversion && r.Instant(2) is { } at)
                {
                    var lead = r.Int(0)!.Value;
                    conversions[lead] = (at, wins.TryGetValue(lead, out var win) ? win.Revenue : 0m);
                }
            }
        }

        return conversions;
    }

    private static IEnumerable<object?[]> Rows(TransformContext context, List<JourneyBuilder.DatedJourney> journeys, List<string> channels)
    {
        var settings = context.Configuration.Attribution.DataDriven;
        var periods = journeys.GroupBy(j => j.QuarterStart).OrderBy(g => g.Key)
            .Select(g => (Label: JourneyBuilder.QuarterLabel(g.Key), Start: (DateOnly?)g.Key, Journeys: g.Select(j => j.Journey).ToList()))
            .Prepend((Label: AllPeriods, Start: (DateOnly?)null, Journeys: journeys.Select(j => j.Journey).ToList()));
        foreach (var (label, start, list) in periods)
        {
            var converted = list.Count(j => j.Converted);
            var revenue = list.Where(j => j.Converted).Sum(j => j.Revenue);
            var touched = new int[channels.Count];
            foreach (var journey in list)
            {
                foreach (var channel in journey.Channels.Distinct())
                {
                    touched[channel]++;
                }
            }

            foreach (var model in DataDrivenAttribution.Compute(list, channels.Count, settings.Resamples, settings.Seed).GroupBy(c => c.Model))
            {
                var credits = model.ToList();
                var shares = RoundToTotal(credits.Select(c => c.Share).ToList(), converted > 0 ? 1m : 0m);
                var conversions = RoundToTotal(credits.Select(c => c.Conversions).ToList(), converted > 0 ? converted : 0m);
                for (var i = 0; i < credits.Count; i++)
                {
                    var credit = credits[i];
                    yield return
                    [
                        label, start, channels[credit.Channel], credit.Model, settings.Conversion, list.Count, converted, touched[credit.Channel],
                        conversions[i], shares[i], Round6(credit.ShareLow), Round6(credit.ShareHigh),
                        decimal.Round(revenue * shares[i], 4), settings.Resamples, context.BatchId,
                    ];
                }
            }
        }
    }

    /// <summary>Rounds to 6 places so that the parts add up to <paramref name="total"/> exactly: the rounding remainder goes to the
    /// largest part (as the rule-based weights do). A total of 0 (no conversion in the period) leaves the rounded parts.</summary>
    internal static decimal[] RoundToTotal(IReadOnlyList<double> parts, decimal total)
    {
        var rounded = parts.Select(Round6).ToArray();
        if (total != 0 && rounded.Length > 0)
        {
            var largest = Array.IndexOf(rounded, rounded.Max());
            rounded[largest] += total - rounded.Sum();
        }

        return rounded;
    }

    private static decimal Round6(double value) => decimal.Round((decimal)value, 6);
}
