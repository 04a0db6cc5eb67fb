namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>Whose touches a <see cref="TouchCatalog"/> reads.</summary>
public enum TouchScope
{
    /// <summary>Every person linked to an opportunity or an account (the rule-based models' paths).</summary>
    OpportunityPaths,

    /// <summary>The people on the paths of the opportunities listed in etl.RecomputeOpportunity.</summary>
    RecomputedOpportunityPaths,

    /// <summary>Every person (the data-driven models need the journeys that did not convert too).</summary>
    Everyone,

    /// <summary>The people listed in etl.RecomputeLead.</summary>
    RecomputedLeads,
}
