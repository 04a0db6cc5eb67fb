
namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>Merges a lead's CRM status history, its converted opportunity's stage history and Marketo stage changes into one
/// ordered timeline: creation is the first Inquiry; the CRM wins where both systems recorded the same stage (Marketo entries
/// within the tolerance of a CRM entry into that stage are dropped); repeated entries into the current stage are collapsed;
/// the cycle number increments at the first entry after a Recycled stage; the owner at each entry comes from the owner history
/// (the opportunity owner for opportunity stages). Creation always comes first: a stage entry dated before the lead's creation (a
/// deal won before the lead was first contacted, as migrated or back-dated records have) is moved to the creation instant, so cycle
/// 1 starts at creation whatever the order of events; such leads are counted in <see cref="EntriesBeforeCreation"/>.</summary>
public sealed class StageTimelineBuilder(StageCatalog stages, TimeSpan marketoTolerance)
{
    /// <summary>Leads with stage entries dated before their creation: how many, and up to five example lead ids.</summary>
    public (int Leads, List<string> Examples) EntriesBeforeCreation { get; private set; } = (0, []);

    /// <summary>The timeline of one lead, in order.</summary>
    public List<StageEntry> Build(LeadHistory lead)
    {
        var early = false;
        DateTime AtOrAfterCreation(DateTime at)
        {
            early |= at < lead.CreatedAtUtc;
            return at < lead.CreatedAtUtc ? lead.CreatedAtUtc : at;
        }

        var crm = new List<StageEntry> { new() { Stage = stages.Inquiry, EnteredAtUtc = lead.CreatedAtUtc, SourceSystem = "Salesforce Lead", SourceValue = "created" } };
        var marketo = new List<StageEntry>();
        foreach (var e in lead.Events)
        {
            switch (e.Kind)
            {
                case LeadEventKind.StatusChanged when e.Text1 is { } status && stages.ForLeadStatus(status, lead.SalesforceLeadId) is { } stage:
                    crm.Add(new() { Stage = stage, EnteredAtUtc = AtOrAfterCreation(e.At), SourceSystem = "Salesforce Lead", SourceValue = status });
                    break;
                case LeadEventKind.OpportunityStage when e.Text1 is { } name && stages.ForOpportunityStage(name, lead.SalesforceLeadId) is { } stage:
                    crm.Add(new() { Stage = stage, EnteredAtUtc = AtOrAfterCreation(e.At), SourceSystem = "Salesforce Opportunity", SourceValue = name, OpportunityId = e.Text2 });
                    break;
                case LeadEventKind.MarketoActivity when MarketoStage(e) is { } value && stages.ForMarketoStage(value, lead.SalesforceLeadId) is { } stage:
                    marketo.Add(new() { Stage = stage, EnteredAtUtc = AtOrAfterCreation(e.At), SourceSystem = "Marketo", SourceValue = value });
                    break;
            }
        }

        var merged = crm.Concat(marketo.Where(m => !crm.Any(c => c.Stage == m.Stage && (c.EnteredAtUtc - m.EnteredAtUtc).Duration() <= marketoTolerance)))
            .Select((entry, index) => (entry, index))
            .OrderBy(x => x.entry.EnteredAtUtc).ThenBy(x => x.index)
            .Select(x => x.entry);
        var timeline = new List<StageEntry>();
        foreach (var entry in merged)
        {
            if (timeline.Count > 0 && timeline[^1].Stage == entry.Stage && timeline[^1].OpportunityId == entry.OpportunityId)
            {
                continue;
            }

            timeline.Add(entry);
        }

        if (early)
        {
            var (count, examples) = EntriesBeforeCreation;
            if (examples.Count < 5)
            {
                examples.Add(lead.SalesforceLeadId);
            }

            EntriesBeforeCreation = (count + 1, examples);
        }

        Link(timeline, lead);
        return timeline;
    }

    private static void Link(List<StageEntry> timeline, LeadHistory lead)
    {
        var owners = lead.Events.Where(e => e.Kind == LeadEventKind.OwnerChanged).ToList();
        var initialOwner = owners.Count > 0 ? owners[0].Text2 : lead.OwnerUserId;
        var opportunityOwner = lead.Events.LastOrDefault(e => e.Kind == LeadEventKind.OpportunityCreated).Text1;
        var cycle = 1;
        for (var i = 0; i < timeline.Count; i++)
        {
            var entry = timeline[i];
            if (i > 0)
            {
                entry.Previous = timeline[i - 1];
                timeline[i - 1].Next = entry;
                if (entry.Previous.Stage.IsRecycled && !entry.Stage.IsRecycled)
                {
                    cycle++;
                }
            }

            entry.Sequence = i + 1;
            entry.Cycle = cycle;
            entry.OwnerUserId = entry.OpportunityId is not null && opportunityOwner is not null
                ? opportunityOwner
                : owners.LastOrDefault(o => o.At <= entry.EnteredAtUtc).Text1 ?? initialOwner;
        }
    }

    /// <summary>The new stage of a Marketo Change Revenue Stage (101) or Change Status in Progression (104) activity.</summary>
    private static string? MarketoStage(LeadEvent e)
    {
        var property = e.Text2 switch { "101" => "New Revenue Stage", "104" => "New Status", _ => null };
        return property is null ? null : ActivityAttributes.Text(e.Text1, property, allowNumber: false);
    }
}
