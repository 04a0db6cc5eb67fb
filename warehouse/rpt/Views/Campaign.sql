-- One row per campaign, including the unknown member 0, with its parent campaign's name.
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
