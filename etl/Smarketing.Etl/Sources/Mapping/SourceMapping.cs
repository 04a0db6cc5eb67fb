namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A mapping file: for each canonical entity, where it comes from. Every entity is optional; reports that need a
/// missing one are empty, not broken.</summary>
public sealed class SourceMapping
{
    /// <summary>Free text for the reader (what export the mapping is for).</summary>
    public string? Description { get; set; }

    /// <summary>Users (reps) → User.csv.</summary>
    public EntityMapping? Users { get; set; }

    /// <summary>Accounts → Account.csv.</summary>
    public EntityMapping? Accounts { get; set; }

    /// <summary>Campaigns → Campaign.csv.</summary>
    public EntityMapping? Campaigns { get; set; }

    /// <summary>Leads → Lead.csv.</summary>
    public EntityMapping? Leads { get; set; }

    /// <summary>Lead status / owner changes → LeadHistory.csv.</summary>
    public EntityMapping? StageChanges { get; set; }

    /// <summary>Contacts → Contact.csv.</summary>
    public EntityMapping? Contacts { get; set; }

    /// <summary>Opportunities (deals) → Opportunity.csv.</summary>
    public EntityMapping? Opportunities { get; set; }

    /// <summary>Opportunity stage changes → OpportunityHistory.csv.</summary>
    public EntityMapping? OpportunityStageChanges { get; set; }

    /// <summary>Campaign members (responses) → CampaignMember.csv.</summary>
    public EntityMapping? CampaignMembers { get; set; }

    /// <summary>Sales tasks → Task.csv.</summary>
    public EntityMapping? Tasks { get; set; }

    /// <summary>Marketing activities → MarketoActivities.csv (+ MarketoLeads.csv).</summary>
    public EntityMapping? Activities { get; set; }

    /// <summary>Each canonical entity with its mapping (null when not mapped), in the order they are applied.</summary>
    public IEnumerable<(CanonicalEntity Entity, EntityMapping? Mapping)> Entities()
    {
        EntityMapping?[] mappings = [Users, Accounts, Campaigns, Leads, StageChanges, Contacts, Opportunities, OpportunityStageChanges, CampaignMembers, Tasks, Activities];
        return CanonicalEntities.All.Zip(mappings);
    }
}
