-- One row per campaign, including the unknown member 0, with its parent campaign's name.
-- Columns:
--   SalesforceCampaignId: The campaign's 18-character Salesforce id (empty for the unknown member).
--   MarketoProgramId: Id of the linked Marketo program (Marketo_Program_Id__c); empty when not linked.
--   CampaignName: The campaign name in Salesforce.
--   CampaignType: Salesforce Campaign.Type (Unknown when empty).
--   Channel: Marketing channel derived from the campaign type (Paid, Email, Events, Organic, Referral ...).
--   Status: Salesforce campaign status (Unknown when empty).
--   ParentSalesforceCampaignId: Salesforce id of the parent campaign; empty when none.
--   ParentCampaignName: Name of the parent campaign; empty when none.
--   BudgetedCost: Budgeted cost of the whole campaign, in the reporting currency.
--   ActualCost: Actual cost of the whole campaign to date, in the reporting currency.
--   ExpectedRevenue: Expected revenue entered on the campaign, in the reporting currency.
--   IsActive: Salesforce IsActive of the campaign.
--   CreatedAtUtc: When the campaign was created in Salesforce (UTC).
--   IsDeleted: True when the campaign was deleted in Salesforce.
CREATE VIEW rpt.Campaign
AS
SELECT
    c.CampaignKey,
    c.SalesforceCampaignId,
    c.MarketoProgramId,
    c.CampaignName,
    COALESCE(c.CampaignType, 'Unknown') AS CampaignType,
    c.Channel,
    COALESCE(c.Status, 'Unknown') AS Status,
    c.ParentSalesforceCampaignId,
    p.CampaignName AS ParentCampaignName,
    c.StartDateKey,
    c.EndDateKey,
    c.BudgetedCost,
    c.ActualCost,
    c.ExpectedRevenue,
    c.IsActive,
    c.CreatedAtUtc,
    c.IsDeleted
FROM dw.DimCampaign AS c
LEFT JOIN dw.DimCampaign AS p
    ON p.SalesforceCampaignId = c.ParentSalesforceCampaignId;
