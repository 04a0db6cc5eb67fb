namespace Smarketing.Generation;

/// <summary>
/// Records a lead's status and owner changes the way both systems see them: a LeadHistory row in Salesforce and, when
/// the revenue stage moves, Marketo's Change Status in Progression (104) and Change Revenue Stage (101) activities.
/// </summary>
internal sealed class LeadStageRecorder(GenerationContext context)
{
    /// <summary>The Marketo operational program that runs the lead lifecycle (not a Salesforce campaign).</summary>
    public const int LifecycleProgramId = 900;

    public void ChangeStatus(LeadRecord lead, string status, DateTime utc, string changedById, bool decidedInMarketo = false)
    {
        var old = lead.Status;
        if (old == status)
        {
            return;
        }

        context.Salesforce.WriteLeadHistory(lead, "Status", old, status, utc, changedById);
        lead.Status = status;
        lead.Touch(utc);
        var oldStage = RevenueStage(old);
        var newStage = RevenueStage(status);
        if (oldStage == newStage)
        {
            return;
        }

        var at = decidedInMarketo ? utc.AddSeconds(-context.Random.Next(5, 25)) : context.Shortly(utc, 20, 400);
        if (at < lead.CreatedUtc || !context.Happened(at))
        {
            return;
        }

        var marketo = context.Marketo;
        var attributes = marketo.Attributes.Begin().Add("Old Status", oldStage).Add("New Status", newStage)
            .Add("Reason", decidedInMarketo ? "Score threshold reached" : "Synced from Salesforce").End();
        marketo.WriteActivity(lead, at, MarketoActivityType.ChangeStatusInProgression, null, LifecycleProgramId, "Lead Lifecycle", attributes);
        attributes = marketo.Attributes.Begin().Add("Old Revenue Stage", oldStage).Add("New Revenue Stage", newStage)
            .Add("Model", "Default Revenue Model").End();
        marketo.WriteActivity(lead, at, MarketoActivityType.ChangeRevenueStage, null, 1, "Default Revenue Model", attributes);
    }

    public void ChangeOwner(LeadRecord lead, SalesRep owner, DateTime utc, string changedById)
    {
        if (lead.OwnerId == owner.Id)
        {
            return;
        }

        context.Salesforce.WriteLeadHistory(lead, "Owner", lead.OwnerId, owner.Id, utc, changedById);
        lead.OwnerId = owner.Id;
        lead.Touch(utc);
    }

    /// <summary>Sets the tracked custom field Rejection_Reason__c (it keeps its last value, like a real picklist).</summary>
    public void ChangeRejectionReason(LeadRecord lead, string reason, DateTime utc, string changedById)
    {
        if (lead.RejectionReason == reason)
        {
            return;
        }

        context.Salesforce.WriteLeadHistory(lead, "Rejection_Reason__c", lead.RejectionReason, reason, utc, changedById);
        lead.RejectionReason = reason;
        lead.Touch(utc);
    }

    private static string RevenueStage(string status) => status switch
    {
        LeadStatus.MarketingQualified or LeadStatus.SentToSales => "MQL",
        LeadStatus.SalesAccepted => "SAL",
        LeadStatus.SalesQualified => "SQL",
        LeadStatus.Converted => "Opportunity",
        LeadStatus.RecycledNurture => "Recycled",
        LeadStatus.Disqualified => "Disqualified",
        _ => "Inquiry",
    };
}
