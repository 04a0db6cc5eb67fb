namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>One marketing touch of a person: a Salesforce campaign response or a Marketo engagement activity whose program
/// maps to a campaign. The id is held as a <see cref="TouchIdentity"/> (a GUID in 16 bytes): a full catalog keeps every
/// person's touches through both attribution transforms.</summary>
/// <param name="Id">Campaign member id or Marketo activity GUID.</param>
/// <param name="SourceSystem">Salesforce or Marketo.</param>
/// <param name="AtUtc">When it happened (a response recorded only as a date counts from that day's start, UTC).</param>
/// <param name="CampaignKey">dw.DimCampaign key.</param>
/// <param name="ActivityTypeKey">dw.DimActivityType key; 0 for campaign responses.</param>
/// <param name="LeadKey">The person (dw.DimLead).</param>
/// <param name="IsLeadCreation">The touch that created the person's lead record.</param>
public sealed record Touch(TouchIdentity Id, string SourceSystem, DateTime AtUtc, int CampaignKey, int ActivityTypeKey, int LeadKey,
    bool IsLeadCreation)
{
    /// <summary>A touch with the id as read.</summary>
    public Touch(string touchId, string sourceSystem, DateTime atUtc, int campaignKey, int activityTypeKey, int leadKey, bool isLeadCreation)
        : this(TouchIdentity.Of(touchId), sourceSystem, atUtc, campaignKey, activityTypeKey, leadKey, isLeadCreation)
    {
    }

    /// <summary>Campaign member id or Marketo activity GUID, as text (built on each call: for the rows written, not for comparing).</summary>
    public string TouchId => Id.ToString();
}
