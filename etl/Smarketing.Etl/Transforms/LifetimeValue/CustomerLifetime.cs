namespace Smarketing.Etl.Transforms.LifetimeValue;

/// <summary>One customer's revenue history and churn status, before the segment's churn rate is known.</summary>
public sealed class CustomerLifetime
{
    public required DateOnly FirstWon { get; init; }

    /// <summary>The expected renewal date that passed (plus the grace days) without a won renewal; null while the customer stays.</summary>
    public DateOnly? ChurnedOn { get; init; }

    public required bool IsNewCustomer { get; init; }

    public required int WonOpportunities { get; init; }

    public required int Renewals { get; init; }

    public required int Upgrades { get; init; }

    public required decimal LifetimeRevenue { get; init; }

    public required decimal NewRevenue { get; init; }

    public required decimal RenewalRevenue { get; init; }

    public required decimal UpgradeRevenue { get; init; }

    /// <summary>The latest New or Renewal contract plus the upgrades won after it.</summary>
    public required decimal AnnualizedRevenue { get; init; }

    /// <summary>First won to the churn date, or to the as-of date, in years of 365.25 days (exact; rounded when stored).</summary>
    public required decimal TenureYears { get; init; }

    public bool IsChurned => ChurnedOn is not null;
}
