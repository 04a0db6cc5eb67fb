namespace Smarketing.Generation;

/// <summary>
/// A campaign type of docs/SOURCES.md and what goes with it: the lead source it stamps on new leads, its share of new
/// leads, the range of its cost per lead (US dollars, typical of B2B software marketing: cheap e-mail and organic, expensive
/// events) from which a campaign's budget follows its expected leads, and the member status of a responder.
/// </summary>
internal sealed record CampaignChannel(string Type, string LeadSource, double LeadShare, decimal MinCostPerLead, decimal MaxCostPerLead, string RespondedStatus)
{
    public static readonly CampaignChannel Webinar = new("Webinar", "Webinar", 0.12, 250m, 450m, "Attended");
    public static readonly CampaignChannel Email = new("Email", "Email", 0.03, 250m, 400m, "Clicked");
    public static readonly CampaignChannel PaidSearch = new("Paid Search", "Paid Search", 0.22, 400m, 700m, "Clicked");
    public static readonly CampaignChannel PaidSocial = new("Paid Social", "Paid Social", 0.12, 300m, 550m, "Clicked");
    public static readonly CampaignChannel TradeShow = new("Trade Show", "Trade Show", 0.08, 900m, 1600m, "Visited Booth");
    public static readonly CampaignChannel ContentSyndication = new("Content Syndication", "Content Syndication", 0.14, 150m, 300m, "Downloaded");
    public static readonly CampaignChannel ReferralProgram = new("Referral Program", "Referral", 0.07, 120m, 250m, "Referred");
    public static readonly CampaignChannel Website = new("Website", "Website", 0.22, 150m, 300m, "Form Filled");

    public static readonly IReadOnlyList<CampaignChannel> All =
        [Webinar, Email, PaidSearch, PaidSocial, TradeShow, ContentSyndication, ReferralProgram, Website];
}
