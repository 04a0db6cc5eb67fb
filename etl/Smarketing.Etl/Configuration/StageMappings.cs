namespace Smarketing.Etl.Configuration;

/// <summary>Source values → stage names, per source field. A value mapped to null is not a stage change (e.g. Lead.Status
/// "Converted": the opportunity's own stages follow). A value not listed lands on the "Unmapped" stage and is reported.</summary>
public sealed class StageMappings
{
    /// <summary>Salesforce Lead.Status (and LeadHistory Status changes).</summary>
    public Dictionary<string, string?> LeadStatus { get; set; } = [];

    /// <summary>Salesforce Opportunity.StageName (and OpportunityHistory).</summary>
    public Dictionary<string, string?> OpportunityStage { get; set; } = [];

    /// <summary>Marketo revenue stage / status in progression (activities 101 and 104). Used only where the CRM recorded no
    /// entry into the same stage within <see cref="FunnelConfiguration.MarketoStageToleranceHours"/>.</summary>
    public Dictionary<string, string?> MarketoStage { get; set; } = [];
}
