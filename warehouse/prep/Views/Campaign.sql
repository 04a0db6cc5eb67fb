-- One row per staged Salesforce campaign (deleted ones too, flagged 1), shaped as dw.DimCampaign: the channel of its type from
-- etl.CampaignChannel ('Unknown' without a type, 'Other' for a type the configuration does not map), dates as date keys
-- (0, the Unknown date, when missing), missing costs as 0.
CREATE VIEW prep.Campaign
AS
SELECT
    s.Id AS SalesforceCampaignId,
    s.Marketo_Program_Id__c AS MarketoProgramId,
    COALESCE(s.Name, '(unnamed)') AS CampaignName,
    COALESCE(s.Type, 'Unknown') AS CampaignType,
    CAST(CASE WHEN s.Type IS NULL THEN 'Unknown' ELSE COALESCE(ch.Channel, 'Other') END AS varchar(30)) AS Channel,
    s.Status AS Status,
    s.ParentId AS ParentSalesforceCampaignId,
    CAST(COALESCE(YEAR(s.StartDate) * 10000 + MONTH(s.StartDate) * 100 + DAY(s.StartDate), 0) AS int) AS StartDateKey,
    CAST(COALESCE(YEAR(s.EndDate) * 10000 + MONTH(s.EndDate) * 100 + DAY(s.EndDate), 0) AS int) AS EndDateKey,
    COALESCE(s.BudgetedCost, 0) AS BudgetedCost,
    COALESCE(s.ActualCost, 0) AS ActualCost,
    COALESCE(s.ExpectedRevenue, 0) AS ExpectedRevenue,
    CAST(CASE WHEN s.IsActive = 1 THEN 1 ELSE 0 END AS int) AS IsActive,
    s.CreatedDate AS CreatedAtUtc,
    CAST(CASE WHEN s.IsDeleted = 1 THEN 1 ELSE 0 END AS int) AS IsDeleted
FROM stg.SalesforceCampaign AS s
LEFT JOIN etl.CampaignChannel AS ch ON ch.CampaignType = s.Type;
