namespace Smarketing.Etl.Transforms.LifetimeValue;

/// <summary>A won opportunity of a customer: close date, type category (New, Upgrade, Renewal, Other) and amount in the reporting currency.</summary>
public sealed record WonDeal(DateOnly ClosedOn, string TypeCategory, decimal Amount);
