namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>Whose touches a <see cref="TouchCatalog"/> reads.</summary>
public enum TouchScope
{
    /// <summary>The people on the paths of the opportunities listed in etl.RecomputeOpportunity.</summary>
    RecomputedOpportunityPaths,

    /// <summary>Every person: a full rebuild reads them once for the rule-based paths and the data-driven journeys (which need the
    /// people who did not convert too).</summary>
    Everyone,

    /// <summary>The people listed in etl.RecomputeLead.</summary>
    RecomputedLeads,
}
