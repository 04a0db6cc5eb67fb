namespace Smarketing.Etl.Transforms.Funnel;

/// <summary>What happened to a lead, in the order events at the same instant are applied.</summary>
public enum LeadEventKind
{
    /// <summary>The lead record (creation; carries title, industry, size, owner, source).</summary>
    Created = 0,

    /// <summary>LeadHistory Status change: Text1 = new status.</summary>
    StatusChanged = 1,

    /// <summary>LeadHistory Owner change: Text1 = new owner user id, Text2 = old owner user id.</summary>
    OwnerChanged = 2,

    /// <summary>OpportunityHistory row of the converted opportunity: Text1 = stage name, Text2 = opportunity id.</summary>
    OpportunityStage = 3,

    /// <summary>The converted opportunity was created: Text1 = its owner user id, Text2 = opportunity id.</summary>
    OpportunityCreated = 4,

    /// <summary>Marketo activity 22/101/104: Text1 = attributes JSON, Text2 = activity type id.</summary>
    MarketoActivity = 5,

    /// <summary>Campaign membership: Text1 = Salesforce campaign id.</summary>
    CampaignTouch = 6,

    /// <summary>A sales Task on the lead: Text1 = owner user id, Text2 = type.</summary>
    SalesTouch = 7,

    /// <summary>LeadHistory change of the rejection reason (Rejection_Reason__c): Text1 = new reason.</summary>
    RejectionReasonChanged = 8,
}
