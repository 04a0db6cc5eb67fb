namespace Smarketing.Etl.Generation;

/// <summary>
/// A campaign type of docs/SOURCES.md and what goes with it: the lead source it stamps on new leads, its share of new
/// leads, the cost of one campaign and the member status of a responder.
/// </summary>
internal sealed record CampaignChannel(string Type, string LeadSource, double LeadShare, decimal MinBudget, decimal MaxBudget, string RespondedStatus)
{
    public static readonly CampaignChannel Webinar = new("Webinar", "Webinar", 0.12, 8000m, 20000m, "Attended");
    public static readonly CampaignChannel Email = new("Email", "Email", 0.03, 3000m, 8000m, "Clicked");
    public static readonly CampaignChannel PaidSearch = new("Paid Search", "Paid Search", 0.22, 60000m, 120000m, "Clicked");
    public static readonly CampaignChannel PaidSocial = new("Paid Social", "Paid Social", 0.12, 12000m, 30000m, "Clicked");
    public static readonly CampaignChannel TradeShow = new("Trade Show", "Trade Show", 0.08, 45000m, 120000m, "Visited Booth");
    public static readonly CampaignChannel ContentSyndication = new("Content Syndication", "Content Syndication", 0.14, 20000m, 45000m, "Downloaded");
    public static readonly CampaignChannel ReferralProgram = new("Referral Program", "Referral", 0.07, 15000m, 30000m, "Referred");
    public static readonly CampaignChannel Website = new("Website", "Website", 0.22, 20000m, 40000m, "Form Filled");

    public static readonly IReadOnlyList<CampaignChannel> All =
        [Webinar, Email, PaidSearch, PaidSocial, TradeShow, ContentSyndication, ReferralProgram, Website];
}
