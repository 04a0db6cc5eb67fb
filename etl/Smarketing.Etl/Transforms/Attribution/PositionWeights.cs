namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>The shares of the named positions of a position-based model, and of the touches between them.</summary>
public sealed record PositionWeights(decimal FirstTouch, decimal LeadCreation, decimal OpportunityCreation, decimal ClosedWon, decimal Middle);
