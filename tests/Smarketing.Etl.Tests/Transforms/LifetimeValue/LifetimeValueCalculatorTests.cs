using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.LifetimeValue;

namespace Smarketing.Etl.Tests.Transforms.LifetimeValue;

/// <summary>The predicted CLV uses the exact segment churn rate; only stored figures are rounded (issue 13, finding 3).</summary>
public class LifetimeValueCalculatorTests
{
    private static CustomerLifetime Customer(decimal tenureYears, bool churned) => new()
    {
        FirstWon = new DateOnly(2021, 1, 1), ChurnedOn = churned ? new DateOnly(2024, 1, 1) : null, IsNewCustomer = true, WonOpportunities = 1,
        Renewals = 0, Upgrades = 0, LifetimeRevenue = 10000m, NewRevenue = 10000m, RenewalRevenue = 0m, UpgradeRevenue = 0m,
        AnnualizedRevenue = 10000m, TenureYears = tenureYears,
    };

    [Test]
    public void The_expected_lifetime_is_one_over_the_unrounded_churn_rate()
    {
        // 1 churn in 3.9194 customer-years: rate 0.255141...; rounding it to 0.2551 first would give 1 / 0.2551 = 3.9200 years.
        var calculator = new LifetimeValueCalculator(new LifetimeValueConfiguration());
        var rate = LifetimeValueCalculator.AnnualChurnRate([Customer(3.9194m, churned: true)]);
        Assert.That(decimal.Round(calculator.ExpectedLifetimeYears(rate), 8), Is.EqualTo(3.9194m));
    }

    [Test]
    public void The_predicted_value_discounts_the_exact_lifetime()
    {
        // Margin 10,000 x 80 % = 8,000 a year, paid up front, 10 % discount, L = 3.9194 years:
        // 8,000 + 8,000 / 1.1 + 8,000 / 1.21 + 0.9194 x 8,000 / 1.331 = 8,000 + 7,272.7273 + 6,611.5702 + 5,526.0706 = 27,410.3681
        // (with the rounded 3.9200 years: 27,413.9745).
        var calculator = new LifetimeValueCalculator(new LifetimeValueConfiguration());
        var lifetime = calculator.ExpectedLifetimeYears(LifetimeValueCalculator.AnnualChurnRate([Customer(3.9194m, churned: true)]));
        Assert.That(calculator.PredictedClv(Customer(1m, churned: false), lifetime), Is.EqualTo(27410.3681m));
    }
}
