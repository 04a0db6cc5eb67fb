using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.LifetimeValue;

/// <summary>
/// Customer lifetime value per SPEC §5 and docs/METRICS.md. Churn: a renewal is expected one contract term after the first won
/// deal and every term after each renewal; a customer with no won renewal by the expected date plus the grace days has churned on
/// the expected date. Segment churn rate = churned customers ÷ customer-years observed in the segment. Expected lifetime =
/// 1 ÷ churn rate, capped. Predicted CLV = annualized revenue × gross margin for each year of the expected lifetime (a partial last
/// year pro rata), paid at the start of each year and discounted at the annual rate; for a churned customer, the historical CLV.
/// </summary>
public sealed class LifetimeValueCalculator(LifetimeValueConfiguration assumptions)
{
    /// <summary>Gross margin as a fraction.</summary>
    public decimal GrossMarginRate => assumptions.GrossMarginPercent / 100m;

    /// <summary>A customer's revenue and churn as of <paramref name="asOf"/>; null when it has no won deal.</summary>
    public CustomerLifetime? Customer(IReadOnlyCollection<WonDeal> deals, DateOnly asOf)
    {
        if (deals.Count == 0)
        {
            return null;
        }

        var ordered = deals.OrderBy(d => d.ClosedOn).ToList();
        var first = ordered[0].ClosedOn;
        var expected = first.AddMonths(assumptions.ContractTermMonths);
        foreach (var renewal in ordered.Where(d => d.TypeCategory == "Renewal" && d.ClosedOn > first))
        {
            if (renewal.ClosedOn > expected.AddDays(assumptions.RenewalGraceDays))
            {
                break;
            }

            expected = expected.AddMonths(assumptions.ContractTermMonths);
        }

        DateOnly? churned = asOf > expected.AddDays(assumptions.RenewalGraceDays) ? expected : null;
        var end = churned ?? asOf;
        var contract = ordered.LastOrDefault(d => d.TypeCategory is "New" or "Renewal");
        var annualized = contract is null
            ? ordered.Sum(d => d.Amount)
            : contract.Amount + ordered.Where(d => d.TypeCategory == "Upgrade" && d.ClosedOn > contract.ClosedOn).Sum(d => d.Amount);
        decimal Sum(string category) => ordered.Where(d => d.TypeCategory == category).Sum(d => d.Amount);
        return new CustomerLifetime
        {
            FirstWon = first, ChurnedOn = churned, IsNewCustomer = ordered.Any(d => d.TypeCategory == "New"), WonOpportunities = ordered.Count,
            Renewals = ordered.Count(d => d.TypeCategory == "Renewal"), Upgrades = ordered.Count(d => d.TypeCategory == "Upgrade"),
            LifetimeRevenue = ordered.Sum(d => d.Amount), NewRevenue = Sum("New"), RenewalRevenue = Sum("Renewal"), UpgradeRevenue = Sum("Upgrade"),
            AnnualizedRevenue = annualized, TenureYears = Math.Max(0m, (end.DayNumber - first.DayNumber) / 365.25m),
        };
    }

    /// <summary>Churned customers ÷ customer-years; 0 when nothing was observed. Not rounded: only the stored figure is.</summary>
    public static decimal AnnualChurnRate(IEnumerable<CustomerLifetime> segment)
    {
        var customers = segment.ToList();
        var years = customers.Sum(c => c.TenureYears);
        return years <= 0m ? 0m : customers.Count(c => c.IsChurned) / years;
    }

    /// <summary>1 ÷ churn rate, capped at maxLifetimeYears (the cap also when nobody churned); not rounded, so the predicted CLV
    /// uses the exact lifetime (3.9194 years, not 1 ÷ 0.2551 = 3.9200).</summary>
    public decimal ExpectedLifetimeYears(decimal annualChurnRate) =>
        annualChurnRate <= 0m ? assumptions.MaxLifetimeYears : Math.Min(assumptions.MaxLifetimeYears, 1m / annualChurnRate);

    /// <summary>Lifetime revenue × gross margin.</summary>
    public decimal HistoricalClv(CustomerLifetime customer) => decimal.Round(customer.LifetimeRevenue * GrossMarginRate, 4);

    /// <summary>Discounted margin over the expected lifetime; the historical CLV once the customer has churned.</summary>
    public decimal PredictedClv(CustomerLifetime customer, decimal expectedLifetimeYears)
    {
        if (customer.IsChurned)
        {
            return HistoricalClv(customer);
        }

        var margin = customer.AnnualizedRevenue * GrossMarginRate;
        var discount = 1m + (assumptions.AnnualDiscountRatePercent / 100m);
        var factor = 1m;
        var total = 0m;
        for (var year = 0; year < expectedLifetimeYears; year++)
        {
            total += Math.Min(1m, expectedLifetimeYears - year) * margin / factor;
            factor *= discount;
        }

        return decimal.Round(total, 4);
    }
}
