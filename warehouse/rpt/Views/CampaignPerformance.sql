-- One row per campaign x attribution model (long form: pick one model before adding up the model-independent columns).
-- Cost = actual cost to date; Leads/MQLs/SALs/SQLs = leads whose lead-creation campaign it is, and how many of them reached each
-- stage; Opportunities/WonOpportunities/Revenue = opportunities with it as primary campaign; Attributed* = shares under the model.
-- CostPerLead = cost / leads; CostPerMql = cost / MQLs; CAC = cost / new customers attributed; ROI = (attributed revenue - cost) / cost.
-- Conversion rates are of the campaign's own leads: Mql/Sal/Sql/CustomerRate = leads that reached the stage (Customers: won) / Leads.
-- Columns:
--   CampaignName: The campaign name in Salesforce.
--   CampaignType: Salesforce Campaign.Type (Unknown when empty).
--   Channel: Marketing channel of the campaign.
--   ModelName: Attribution model of the Attributed* columns and CAC/ROI: filter one model before adding up.
--   IsDefaultModel: True for the configured default attribution model.
--   Cost: Actual cost of the campaign to date, in the reporting currency.
--   Leads: Leads whose lead-creation campaign it is.
--   Mqls: Of the campaign's leads, those that reached MQL.
--   Sals: Of the campaign's leads, those that reached SAL.
--   Sqls: Of the campaign's leads, those that reached SQL.
--   Opportunities: Opportunities with the campaign as primary campaign.
--   WonOpportunities: Won opportunities with the campaign as primary campaign.
--   Revenue: Won amount of the opportunities with the campaign as primary campaign, in the reporting currency.
--   AttributedOpportunities: Opportunities credited to the campaign under the model (sum of weights, 6 places).
--   AttributedWonOpportunities: Won opportunities credited to the campaign under the model (sum of weights, 6 places).
--   AttributedNewCustomers: New customers (won New opportunities) credited to the campaign under the model (sum of weights, 6
--     places).
--   AttributedPipeline: Opportunity amount credited to the campaign under the model, in the reporting currency.
--   AttributedRevenue: Won amount credited to the campaign under the model, in the reporting currency.
--   CostPerLead: Cost / Leads, in the reporting currency; empty without leads; not additive.
--   CostPerMql: Cost / MQLs, in the reporting currency; empty without MQLs; not additive.
--   Cac: Cost / attributed new customers (customer acquisition cost), in the reporting currency; empty without any; not
--     additive.
--   Roi: (Attributed revenue - cost) / cost, a ratio (1 = 100 %); empty without cost; not additive.
--   Customers: Of the campaign's leads, those that reached won.
--   MqlRate: MQLs / Leads, a ratio 0-1; not additive.
--   SalRate: SALs / Leads, a ratio 0-1; not additive.
--   SqlRate: SQLs / Leads, a ratio 0-1; not additive.
--   CustomerRate: Customers / Leads, a ratio 0-1; not additive.
CREATE VIEW rpt.CampaignPerformance
AS
WITH Cost AS
(
    SELECT f.CampaignKey, SUM(f.ActualCost) AS Cost
    FROM dw.FactCampaignCost AS f
    GROUP BY f.CampaignKey
),
Funnel AS
(
    SELECT
        f.LeadCreationCampaignKey AS CampaignKey,
        COUNT(DISTINCT f.LeadKey) AS Leads,
        COUNT(DISTINCT CASE WHEN f.MqlDateKey IS NOT NULL THEN f.LeadKey END) AS Mqls,
        COUNT(DISTINCT CASE WHEN f.SalDateKey IS NOT NULL THEN f.LeadKey END) AS Sals,
        COUNT(DISTINCT CASE WHEN f.SqlDateKey IS NOT NULL THEN f.LeadKey END) AS Sqls,
        COUNT(DISTINCT CASE WHEN f.WonDateKey IS NOT NULL THEN f.LeadKey END) AS Customers
    FROM dw.FactLeadFunnel AS f
    GROUP BY f.LeadCreationCampaignKey
),
Sourced AS
(
    SELECT
        o.PrimaryCampaignKey AS CampaignKey,
        COUNT(*) AS Opportunities,
        SUM(CASE WHEN o.IsWon = 1 THEN 1 ELSE 0 END) AS WonOpportunities,
        SUM(o.WonAmount) AS Revenue
    FROM dw.FactOpportunity AS o
    WHERE o.IsDeleted = 0
    GROUP BY o.PrimaryCampaignKey
),
Attributed AS
(
    SELECT
        a.CampaignKey,
        a.AttributionModelKey,
        SUM(a.Weight) AS Opportunities,
        SUM(CASE WHEN a.WonDateKey IS NOT NULL THEN a.Weight END) AS WonOpportunities,
        SUM(CASE WHEN a.IsNewCustomer = 1 THEN a.Weight END) AS NewCustomers,
        SUM(a.AttributedPipeline) AS Pipeline,
        SUM(a.AttributedRevenue) AS Revenue
    FROM dw.FactAttribution AS a
    GROUP BY a.CampaignKey, a.AttributionModelKey
)
SELECT
    c.CampaignKey,
    c.CampaignName,
    COALESCE(c.CampaignType, 'Unknown') AS CampaignType,
    c.Channel,
    m.AttributionModelKey,
    m.ModelName,
    m.IsDefault AS IsDefaultModel,
    CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) AS Cost,
    CAST(COALESCE(f.Leads, 0) AS int) AS Leads,
    CAST(COALESCE(f.Mqls, 0) AS int) AS Mqls,
    CAST(COALESCE(f.Sals, 0) AS int) AS Sals,
    CAST(COALESCE(f.Sqls, 0) AS int) AS Sqls,
    CAST(COALESCE(s.Opportunities, 0) AS int) AS Opportunities,
    CAST(COALESCE(s.WonOpportunities, 0) AS int) AS WonOpportunities,
    CAST(COALESCE(s.Revenue, 0) AS decimal(19,4)) AS Revenue,
    CAST(COALESCE(a.Opportunities, 0) AS decimal(19,6)) AS AttributedOpportunities,
    CAST(COALESCE(a.WonOpportunities, 0) AS decimal(19,6)) AS AttributedWonOpportunities,
    CAST(COALESCE(a.NewCustomers, 0) AS decimal(19,6)) AS AttributedNewCustomers,
    CAST(COALESCE(a.Pipeline, 0) AS decimal(19,4)) AS AttributedPipeline,
    CAST(COALESCE(a.Revenue, 0) AS decimal(19,4)) AS AttributedRevenue,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(f.Leads, 0) AS decimal(19,4)) AS CostPerLead,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(f.Mqls, 0) AS decimal(19,4)) AS CostPerMql,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(a.NewCustomers, 0) AS decimal(19,4)) AS Cac,
    CAST(CAST(COALESCE(a.Revenue, 0) - COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(k.Cost, 0) AS decimal(19,4)) AS Roi,
    CAST(COALESCE(f.Customers, 0) AS int) AS Customers,
    CAST(CAST(f.Mqls AS decimal(18,4)) / NULLIF(f.Leads, 0) AS decimal(9,4)) AS MqlRate,
    CAST(CAST(f.Sals AS decimal(18,4)) / NULLIF(f.Leads, 0) AS decimal(9,4)) AS SalRate,
    CAST(CAST(f.Sqls AS decimal(18,4)) / NULLIF(f.Leads, 0) AS decimal(9,4)) AS SqlRate,
    CAST(CAST(f.Customers AS decimal(18,4)) / NULLIF(f.Leads, 0) AS decimal(9,4)) AS CustomerRate
FROM dw.DimCampaign AS c
CROSS JOIN dw.DimAttributionModel AS m
LEFT JOIN Cost AS k ON k.CampaignKey = c.CampaignKey
LEFT JOIN Funnel AS f ON f.CampaignKey = c.CampaignKey
LEFT JOIN Sourced AS s ON s.CampaignKey = c.CampaignKey
LEFT JOIN Attributed AS a ON a.CampaignKey = c.CampaignKey AND a.AttributionModelKey = m.AttributionModelKey
WHERE m.AttributionModelKey <> 0;
