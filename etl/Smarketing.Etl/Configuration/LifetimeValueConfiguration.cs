namespace Smarketing.Etl.Configuration;

/// <summary>Customer lifetime value assumptions (SPEC §3, §5).</summary>
public sealed class LifetimeValueConfiguration
{
    /// <summary>Gross margin on revenue, in percent (0–100).</summary>
    public decimal GrossMarginPercent { get; set; } = 80m;

    /// <summary>Length of one contract term; a renewal is expected this many months after the first won deal, then every term.</summary>
    public int ContractTermMonths { get; set; } = 12;

    /// <summary>Churn: no won renewal within this many days after the expected renewal date.</summary>
    public int RenewalGraceDays { get; set; } = 30;

    /// <summary>Expected lifetime is capped at this many years (also used when a segment has no churn yet).</summary>
    public decimal MaxLifetimeYears { get; set; } = 10m;

    /// <summary>Annual discount rate for predicted CLV, in percent (0–100).</summary>
    public decimal AnnualDiscountRatePercent { get; set; } = 10m;
}
