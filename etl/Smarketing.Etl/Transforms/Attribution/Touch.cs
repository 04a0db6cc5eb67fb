namespace Smarketing.Etl.Transforms.Attribution;

/// <summary>One marketing touch of a person: a Salesforce campaign response or a Marketo engagement activity whose program
/// maps to a campaign.</summary>
/// <param name="TouchId">Campaign member id or Marketo activity GUID.</param>
/// <param name="SourceSystem">Salesforce or Marketo.</param>
/// <param name="AtUtc">When it happened (a response recorded only as a date counts from that day's start, UTC).</param>
/// <param name="CampaignKey">dw.DimCampaign key.</param>
/// <param name="ActivityTypeKey">dw.DimActivityType key; 0 for campaign responses.</param>
/// <param name="LeadKey">The person (dw.DimLead).</param>
/// <param name="IsLeadCreation">The touch that created the person's lead record.</param>
public sealed record Touch(string TouchId, string SourceSystem, DateTime AtUtc, int CampaignKey, int ActivityTypeKey, int LeadKey, bool IsLeadCreation);
