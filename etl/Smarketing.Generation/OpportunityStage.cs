namespace Smarketing.Generation;

/// <summary>
/// An Opportunity.StageName with the probability and forecast category Salesforce's default sales process gives it,
/// how long deals usually sit in it (days) and the chance a deal is lost from it.
/// </summary>
internal sealed record OpportunityStage(string Name, int Order, int Probability, string ForecastCategory, double MedianDays, double LossRate)
{
    public static readonly OpportunityStage Discovery = new("Discovery", 0, 10, "Pipeline", 12, 0.32);
    public static readonly OpportunityStage Demonstration = new("Demonstration", 1, 25, "Pipeline", 16, 0.27);
    public static readonly OpportunityStage Justification = new("Justification", 2, 50, "BestCase", 18, 0.22);
    public static readonly OpportunityStage Negotiation = new("Negotiation", 3, 75, "Forecast", 14, 0.20);
    public static readonly OpportunityStage ClosedWon = new("Closed Won", 4, 100, "Closed", 0, 0);
    public static readonly OpportunityStage ClosedLost = new("Closed Lost", 5, 0, "Omitted", 0, 0);

    /// <summary>The open stages in sales-process order.</summary>
    public static readonly IReadOnlyList<OpportunityStage> Open = [Discovery, Demonstration, Justification, Negotiation];

    public bool IsClosed => Order >= 4;

    public bool IsWon => Order == 4;
}
