namespace Smarketing.Etl.Transforms.Revenue;

/// <summary>One OpportunityHistory snapshot: what Salesforce recorded when stage, amount, probability or close date changed.</summary>
public sealed record OpportunityHistoryRow(DateTime AtUtc, string? StageName, decimal? Amount, DateOnly? CloseDate, int? Probability, string? ForecastCategory);
