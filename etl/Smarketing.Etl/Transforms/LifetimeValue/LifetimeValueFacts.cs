using System.Globalization;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.LifetimeValue;

/// <summary>dw.FactCustomerLifetimeValue: one row per customer account with its lifetime revenue (new, renewals, upgrades), churn,
/// historical and predicted CLV (<see cref="LifetimeValueCalculator"/>), and its acquisition cost: for each channel, the account's
/// default-model attribution weight × the channel's CAC (channel cost ÷ new customers attributed to the channel). Its acquisition
/// channel is the channel with the largest of those weights (the CRM's primary-campaign channel when nothing is attributed).</summary>
public sealed class LifetimeValueFacts : ITransform
{
    private const string DealsSql =
        "SELECT o.AccountKey, o.ClosedDateKey, o.TypeCategory, o.WonAmount, o.PersonaKey, o.PrimaryCampaignKey, a.Segment, a.AcquisitionChannel " +
        "FROM dw.FactOpportunity AS o INNER JOIN dw.DimAccount AS a ON a.AccountKey = o.AccountKey " +
        "WHERE o.IsWon = 1 AND o.IsDeleted = 0 AND o.AccountKey <> 0 AND o.ClosedDateKey IS NOT NULL " +
        "ORDER BY o.AccountKey, o.ClosedDateKey, o.CreatedAtUtc";

    /// <inheritdoc />
    public string Table => "dw.FactCustomerLifetimeValue";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var calculator = new LifetimeValueCalculator(context.Configuration.LifetimeValue);
        var asOf = DateOnly.FromDateTime(context.AsOfUtc);
        var customers = new List<(int Account, int Persona, int Campaign, string Segment, string Channel, CustomerLifetime Lifetime)>();
        using (var r = context.Loader.Read(DealsSql))
        {
            var deals = new List<WonDeal>();
            (int Account, int Persona, int Campaign, string Segment, string Channel)? current = null;
            void Flush()
            {
                if (current is { } c && calculator.Customer(deals, asOf) is { } lifetime)
                {
                    customers.Add((c.Account, c.Persona, c.Campaign, c.Segment, c.Channel, lifetime));
                }

                deals.Clear();
            }

            while (r.Read())
            {
                var account = r.Int(0)!.Value;
                if (current?.Account != account)
                {
                    Flush();
                    current = (account, r.Int(4) ?? 0, r.Int(5) ?? 0, r.Str(6) ?? "Unknown", r.Str(7) ?? "Unknown");
                }

                var closed = r.Int(1)!.Value;
                deals.Add(new WonDeal(new DateOnly(closed / 10000, closed / 100 % 100, closed % 100), r.Str(2)!, r.Dec(3) ?? 0m));
            }

            Flush();
        }

        var acquisition = Acquisition(context);
        var churn = customers.GroupBy(c => c.Segment).ToDictionary(g => g.Key, g => LifetimeValueCalculator.AnnualChurnRate(g.Select(c => c.Lifetime)));
        var rows = customers.Select(c =>
        {
            var l = c.Lifetime;
            var rate = churn[c.Segment];
            var lifetime = calculator.ExpectedLifetimeYears(rate);
            var acquired = acquisition.TryGetValue(c.Account, out var a);
            return new FactCustomerLifetimeValueRow(
                AccountKey: c.Account,
                PersonaKey: c.Persona,
                AcquisitionCampaignKey: c.Campaign,
                FirstWonDateKey: DateKey.From(l.FirstWon),
                ChurnDateKey: DateKey.Optional(l.ChurnedOn),
                AsOfDateKey: DateKey.From(asOf),
                Segment: c.Segment,
                AcquisitionChannel: acquired && a.Channel is { } main ? main : c.Channel,
                IsNewCustomer: l.IsNewCustomer,
                IsChurned: l.IsChurned,
                WonOpportunities: l.WonOpportunities,
                Renewals: l.Renewals,
                Upgrades: l.Upgrades,
                LifetimeRevenue: l.LifetimeRevenue,
                NewRevenue: l.NewRevenue,
                RenewalRevenue: l.RenewalRevenue,
                UpgradeRevenue: l.UpgradeRevenue,
                AnnualizedRevenue: l.AnnualizedRevenue,
                GrossMarginRate: calculator.GrossMarginRate,
                HistoricalClv: calculator.HistoricalClv(l),
                TenureYears: Stored(l.TenureYears),
                SegmentAnnualChurnRate: Stored(rate),
                ExpectedLifetimeYears: Stored(lifetime),
                PredictedClv: calculator.PredictedClv(l, lifetime),
                AcquisitionCost: l.IsNewCustomer ? decimal.Round(a.Cost, 4) : 0m,
                BatchId: context.BatchId);
        });
        return [context.Loader.Upsert(rows, UpsertOptions.Replace)];
    }

    /// <summary>Rounds a figure to the 4 places of its column; only the stored value is rounded, never a figure computed from.</summary>
    private static decimal Stored(decimal value) => decimal.Round(value, 4);

    /// <summary>Account → acquisition cost (Σ over channels of its default-model weight on new-customer opportunities × channel CAC)
    /// and the channel of its largest weight (ties: the first by name; with nothing attributed, the primary campaign's channel from dw.DimAccount).</summary>
    internal const string ChannelCostSql =
        "SELECT c.Channel, SUM(f.ActualCost) FROM dw.FactCampaignCost AS f INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey GROUP BY c.Channel";

    /// <summary>New customers' weights under the default model (dw.DimAttributionModel.IsDefault, set from configuration this batch).</summary>
    internal const string DefaultModelWeightsSql =
        "SELECT a.AccountKey, c.Channel, SUM(a.Weight), MAX(a.CampaignKey) FROM dw.FactAttribution AS a " +
        "INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = a.AttributionModelKey " +
        "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = a.CampaignKey " +
        "WHERE a.IsNewCustomer = 1 AND m.IsDefault = 1 GROUP BY a.AccountKey, c.Channel";

    private static Dictionary<int, (decimal Cost, string? Channel)> Acquisition(TransformContext context)
    {
        var channelCost = new Dictionary<string, decimal>(StringComparer.Ordinal);
        using (var r = context.Loader.Read(ChannelCostSql))
        {
            while (r.Read())
            {
                channelCost[r.Str(0) ?? "Unknown"] = r.Dec(1) ?? 0m;
            }
        }

        var weights = new List<(int Account, string Channel, decimal Weight, int Campaign)>();
        using (var r = context.Loader.Read(DefaultModelWeightsSql))
        {
            while (r.Read())
            {
                weights.Add((r.Int(0)!.Value, r.Str(1) ?? "Unknown", r.Dec(2) ?? 0m, r.Int(3) ?? 0));
            }
        }

        var customers = weights.GroupBy(w => w.Channel).ToDictionary(g => g.Key, g => g.Sum(w => w.Weight));
        return weights.GroupBy(w => w.Account).ToDictionary(
            g => g.Key,
            g => (g.Sum(w => customers[w.Channel] > 0m ? w.Weight * channelCost.GetValueOrDefault(w.Channel) / customers[w.Channel] : 0m),
                g.Where(w => w.Campaign != 0).OrderByDescending(w => w.Weight).ThenBy(w => w.Channel, StringComparer.Ordinal).Select(w => w.Channel).FirstOrDefault()
));
    }
}
