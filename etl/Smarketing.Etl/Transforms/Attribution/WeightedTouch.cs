namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>A touch's share of one opportunity under one model.</summary>
/// <param name="Index">Index into <see cref="TouchPath.Touches"/>.</param>
/// <param name="Weight">Share, rounded to 6 places; the shares of an opportunity sum to exactly 1.</param>
/// <param name="Position">Named positions the touch holds in this model (e.g. FirstTouch+LeadCreation), or Middle.</param>
public sealed record WeightedTouch(int Index, decimal Weight, string Position);
