namespace Smarketing.Etl.Sources.Mapping;

/// <summary>A mapping file: for each canonical entity, where it comes from. Every entity is optional; reports that need a
/// missing one are empty, not broken.</summary>
public sealed class SourceMapping
{
    /// <summary>Free text for the reader (what export the mapping is for).</summary>
    public string? Description { get; set; }

    /// <summary>Users (reps) → User.csv.</summary>
    public EntitySources? Users { get; set; }

    /// <summary>Accounts → Account.csv.</summary>
    public EntitySources? Accounts { get; set; }

    /// <summary>Campaigns → Campaign.csv.</summary>
    public EntitySources? Campaigns { get; set; }

    /// <summary>Leads → Lead.csv.</summary>
    public EntitySources? Leads { get; set; }

    /// <summary>Lead status / owner changes → LeadHistory.csv.</summary>
    public EntitySources? StageChanges { get; set; }

    /// <summary>Contacts → Contact.csv.</summary>
    public EntitySources? Contacts { get; set; }

    /// <summary>Opportunities (deals) → Opportunity.csv.</summary>
    public EntitySources? Opportunities { get; set; }

    /// <summary>Opportunity stage changes → OpportunityHistory.csv.</summary>
    public EntitySources? OpportunityStageChanges { get; set; }

    /// <summary>Campaign members (responses) → CampaignMember.csv.</summary>
    public EntitySources? CampaignMembers { get; set; }

    /// <summary>Sales tasks → Task.csv.</summary>
    public EntitySources? Tasks { get; set; }

    /// <summary>Marketing activities → MarketoActivities.csv (+ MarketoLeads.csv).</summary>
    public EntitySources? Activities { get; set; }

    /// <summary>Opportunity contact roles (the people on a deal) → OpportunityContactRole.csv.</summary>
    public EntitySources? OpportunityContactRoles { get; set; }

    /// <summary>Each canonical entity with its sources (none when not mapped), in the order they are applied.</summary>
    public IEnumerable<(CanonicalEntity Entity, IReadOnlyList<EntitySource> Sources)> Entities()
    {
        EntitySources?[] mappings =
        [
            Users, Accounts, Campaigns, Leads, StageChanges, Contacts, Opportunities, OpportunityStageChanges, OpportunityContactRoles,
            CampaignMembers, Tasks, Activities,
        ];
        return CanonicalEntities.All.Zip(mappings, (entity, sources) => (entity, (IReadOnlyList<EntitySource>)(sources ?? [])
            .Select((m, i) => new EntitySource(entity, m, sources!.Count == 1 ? entity.Key : $"{entity.Key}[{i}]")).ToList()));
    }
}
