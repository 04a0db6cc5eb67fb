using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Attribution.DataDriven;

/// <summary>dw.FactChannelJourney (one channel journey per person) and dw.FactAttributionDataDriven: Markov and Shapley credit per
/// channel for every calendar quarter and for all journeys together, with bootstrap intervals. The journeys are rebuilt only for the
/// people the batch rebuilds; the models describe the whole population, so every batch refits them on every stored journey, read
/// grouped by path, outcome and month (the models need only how many journeys took each path).</summary>
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

    /// <summary>The stored journeys grouped by path, outcome and month of their end: what the models need (a quarter is three
    /// months), in far fewer rows than people.</summary>
    internal const string JourneysSql =
        "SELECT j.ChannelPath, j.IsConverted, YEAR(j.EndedAtUtc), MONTH(j.EndedAtUtc), COUNT(*), SUM(j.Revenue) " +
        "FROM dw.FactChannelJourney AS j GROUP BY j.ChannelPath, j.IsConverted, YEAR(j.EndedAtUtc), MONTH(j.EndedAtUtc)";

    /// <summary>Separates the channel names of dw.FactChannelJourney.ChannelPath.</summary>
    public const string PathSeparator = " > ";

    /// <inheritdoc />
    public string Table => "dw.FactAttributionDataDriven";

    /// <summary>First the journeys of the people this batch rebuilds (every person on a full rebuild) into dw.FactChannelJourney,
    /// then both models refitted on every stored journey: a delta reads only its own people's touches, and refits only the
    /// periods whose journeys it changed (<see cref="UnchangedPeriods"/>).</summary>
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var settings = context.Configuration.Attribution.DataDriven;
        if (!settings.Enabled)
        {
            return [context.Loader.Upsert<FactChannelJourneyRow>([], UpsertOptions.Replace),
                context.Loader.Upsert<FactAttributionDataDrivenRow>([], UpsertOptions.Replace)];
        }

        var channelByCampaign = new Dictionary<int, string>();
        using (var r = context.Loader.Read(ChannelsSql))
        {
            while (r.Read())
            {
                channelByCampaign[r.Int(0)!.Value] = r.Str(1) ?? "Unknown";
            }
        }

        var (names, index) = Indexed(channelByCampaign.Values);
        // Every person when every lead is rebuilt or the rule-based attribution already read everyone; else the delta's people.
        var all = context.Leads.IsAll || context.EveryonesTouches is not null;
        var touches = all ? context.EveryonesTouches ?? TouchCatalog.Load(context.Loader, TouchScope.Everyone)
            : TouchCatalog.Load(context.Loader, TouchScope.RecomputedLeads);
        context.EveryonesTouches = null;
        var built = JourneyBuilder.Build(touches.People, Conversions(context), campaign => index[channelByCampaign[campaign]],
            context.Configuration.Attribution.LookbackDays, context.AsOfUtc);
        var rebuilt = JourneyRows(context, built, names).ToList();
        // A delta compares its people's journeys before replacing them, to refit only the periods whose journeys changed.
        var unchanged = all ? null : UnchangedPeriods.Compare(context.Loader, rebuilt);
        var journeys = context.Loader.Upsert(rebuilt,
            all ? UpsertOptions.Replace : UpsertOptions.ReplaceWithin("etl.RecomputeLead", "LeadKey"));
        var (stored, channels) = StoredJourneys(context, names);
        var kept = unchanged?.StoredRows(context.Loader, channels, settings) ?? [];
        return [journeys, context.Loader.Upsert(Rows(context, stored, channels, kept), UpsertOptions.Replace)];
    }

    private static IEnumerable<FactChannelJourneyRow> JourneyRows(TransformContext context, IEnumerable<JourneyBuilder.DatedJourney> journeys, List<string> names)
    {
        foreach (var journey in journeys)
        {
            var channels = journey.Journey.Channels;
            yield return new FactChannelJourneyRow(
                LeadKey: journey.Person,
                ChannelPath: string.Join(PathSeparator, channels.Select(c => names[c])),
                TouchCount: channels.Count,
                DistinctChannels: channels.Distinct().Count(),
                FirstChannel: names[channels[0]],
                LastChannel: names[channels[^1]],
                IsConverted: journey.Journey.Converted,
                ConversionEvent: context.Configuration.Attribution.DataDriven.Conversion,
                EndedAtUtc: journey.EndedAtUtc,
                EndDateKey: DateKey.From(journey.EndedAtUtc),
                Revenue: journey.Journey.Revenue,
                BatchId: context.BatchId);
        }
    }

    /// <summary>The stored journeys grouped by path, outcome and quarter of their end (<see cref="PathGroup"/>); channel indices
    /// over the campaigns' channels and any other name a stored path still holds, sorted by name.</summary>
    private static (List<PathGroup> Groups, List<string> Channels) StoredJourneys(TransformContext context, List<string> names)
    {
        var rows = new List<(string[] Names, bool Converted, DateOnly Quarter, long Count, decimal Revenue)>();
        using (var r = context.Loader.Read(JourneysSql))
        {
            while (r.Read())
            {
                var month = new DateTime(r.Int(2)!.Value, r.Int(3)!.Value, 1, 0, 0, 0, DateTimeKind.Utc);
                var quarter = JourneyBuilder.QuarterStart(month);
                rows.Add((r.Str(0)!.Split(PathSeparator), r.Bool(1) ?? false, quarter, r.Long(4)!.Value, r.Dec(5) ?? 0m));
            }
        }

        var (channels, index) = Indexed(names.Concat(rows.SelectMany(p => p.Names)));
        var groups = rows.Select(p => new PathGroup(p.Quarter,
            new ChannelJourney(p.Names.Select(n => index[n]).ToArray(), p.Converted), p.Count, p.Revenue)).ToList();
        return (groups, channels);
    }

    /// <summary>Journeys that took one path with one outcome and ended in one quarter: how many, and their revenue.</summary>
    private sealed record PathGroup(DateOnly Quarter, ChannelJourney Path, long Journeys, decimal Revenue);

    /// <summary>The distinct channel names sorted by name, and each name's index in that list (the models' channel index).</summary>
    private static (List<string> Names, Dictionary<string, int> Index) Indexed(IEnumerable<string> channels)
    {
        var names = channels.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        return (names, names.Select((c, i) => (c, i)).ToDictionary(p => p.c, p => p.i, StringComparer.Ordinal));
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

    /// <summary>Every period's credits: the <paramref name="kept"/> rows of a period whose journeys did not change, else a
    /// refit.</summary>
    private static IEnumerable<FactAttributionDataDrivenRow> Rows(TransformContext context, List<PathGroup> groups,
        List<string> channels, Dictionary<string, List<FactAttributionDataDrivenRow>> kept)
    {
        var settings = context.Configuration.Attribution.DataDriven;
        var periods = groups.GroupBy(g => g.Quarter).OrderBy(g => g.Key)
            .Select(g => (Label: JourneyBuilder.QuarterLabel(g.Key), Start: (DateOnly?)g.Key, Groups: g.ToList()))
            .Prepend((Label: AllPeriods, Start: (DateOnly?)null, Groups: groups));
        foreach (var (label, start, list) in periods)
        {
            if (kept.TryGetValue(label, out var stored))
            {
                foreach (var row in stored)
                {
                    yield return row;
                }

                continue;
            }

            var journeys = checked((int)list.Sum(g => g.Journeys));
            var converted = checked((int)list.Where(g => g.Path.Converted).Sum(g => g.Journeys));
            var revenue = list.Where(g => g.Path.Converted).Sum(g => g.Revenue);
            var touched = new int[channels.Count];
            foreach (var group in list)
            {
                foreach (var channel in group.Path.Channels.Distinct())
                {
                    touched[channel] += checked((int)group.Journeys);
                }
            }

            var paths = list.Select(g => new WeightedPath(g.Path, g.Journeys)).ToList();
            var fitted = DataDrivenAttribution.Compute(paths, channels.Count, settings.Resamples, settings.Seed);
            foreach (var model in fitted.GroupBy(c => c.Model))
            {
                var credits = model.ToList();
                var shares = RoundToTotal(credits.Select(c => c.Share).ToList(), converted > 0 ? 1m : 0m);
                var conversions = RoundToTotal(credits.Select(c => c.Conversions).ToList(), converted > 0 ? converted : 0m);
                for (var i = 0; i < credits.Count; i++)
                {
                    var credit = credits[i];
                    yield return new FactAttributionDataDrivenRow(
                        Period: label,
                        PeriodStartDate: start,
                        Channel: channels[credit.Channel],
                        ModelName: credit.Model,
                        ConversionEvent: settings.Conversion,
                        Journeys: journeys,
                        ConvertedJourneys: converted,
                        ChannelJourneys: touched[credit.Channel],
                        CreditedConversions: conversions[i],
                        CreditShare: shares[i],
                        CreditShareLow: Round6(credit.ShareLow),
                        CreditShareHigh: Round6(credit.ShareHigh),
                        CreditedRevenue: decimal.Round(revenue * shares[i], 4),
                        Resamples: settings.Resamples,
                        BatchId: context.BatchId);
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
