using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.LifetimeValue;

/// <summary>A row of dw.FactCustomerLifetimeValue: one customer account's lifetime revenue, churn, historical and predicted CLV and
/// acquisition cost. Property names are the table's columns (<see cref="RowMapping"/> checks them against the model).</summary>
[WarehouseTable("dw.FactCustomerLifetimeValue")]
public sealed record FactCustomerLifetimeValueRow(
    int AccountKey,
    int PersonaKey,
    int AcquisitionCampaignKey,
    int FirstWonDateKey,
    int? ChurnDateKey,
    int AsOfDateKey,
    string Segment,
    string AcquisitionChannel,
    bool IsNewCustomer,
    bool IsChurned,
    int WonOpportunities,
    int Renewals,
    int Upgrades,
    decimal LifetimeRevenue,
    decimal NewRevenue,
    decimal RenewalRevenue,
    decimal UpgradeRevenue,
    decimal AnnualizedRevenue,
    decimal GrossMarginRate,
    decimal HistoricalClv,
    decimal TenureYears,
    decimal SegmentAnnualChurnRate,
    decimal ExpectedLifetimeYears,
    decimal PredictedClv,
    decimal AcquisitionCost,
    int BatchId);
