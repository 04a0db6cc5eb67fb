-- One row per campaign x calendar month with cost, leads or new customers: Cost = actual cost booked to the month; Leads = leads
-- created in the month with it as lead-creation campaign; NewCustomers = new customers won in the month, attributed to it under the
-- default model (weights); CostPerLead = cost / leads and Cac = cost / attributed new customers, both of the month. Month rates
-- are not added across months: sum Cost, Leads and NewCustomers first, then divide.
-- Columns:
--   CampaignName: The campaign name in Salesforce.
--   Channel: Marketing channel of the campaign.
--   YearMonth: Calendar month (yyyymm).
--   Cost: Actual cost booked to the month, in the reporting currency.
--   Leads: Leads created in the month with this campaign as lead-creation campaign (first cycle).
--   NewCustomers: New customers won in the month attributed to the campaign under the default model (sum of weights, 6 places).
--   NewCustomerRevenue: Won revenue of those new customers attributed to the campaign under the default model, in the reporting
--     currency.
--   CostPerLead: Cost / Leads of the month, in the reporting currency; empty without leads; not additive.
--   Cac: Cost / NewCustomers of the month (customer acquisition cost), in the reporting currency; empty without customers; not
--     additive.
CREATE VIEW rpt.CampaignMonth
AS
WITH Cost AS
(
    SELECT f.CampaignKey, d.YearMonth, SUM(f.ActualCost) AS Cost
    FROM dw.FactCampaignCost AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.MonthStartDateKey
    GROUP BY f.CampaignKey, d.YearMonth
),
Created AS
(
    SELECT f.LeadCreationCampaignKey AS CampaignKey, d.YearMonth, COUNT(DISTINCT f.LeadKey) AS Leads
    FROM dw.FactLeadFunnel AS f
    INNER JOIN dw.DimDate AS d ON d.DateKey = f.InquiryDateKey
    WHERE f.CycleNumber = 1
    GROUP BY f.LeadCreationCampaignKey, d.YearMonth
),
Acquired AS
(
    SELECT a.CampaignKey, d.YearMonth, SUM(a.Weight) AS NewCustomers, SUM(a.AttributedRevenue) AS Revenue
    FROM dw.FactAttribution AS a
    INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = a.AttributionModelKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = a.WonDateKey
    WHERE m.IsDefault = 1 AND a.IsNewCustomer = 1
    GROUP BY a.CampaignKey, d.YearMonth
),
Period AS
(
    SELECT CampaignKey, YearMonth FROM Cost
    UNION SELECT CampaignKey, YearMonth FROM Created
    UNION SELECT CampaignKey, YearMonth FROM Acquired
)
SELECT
    c.CampaignKey,
    c.CampaignName,
    c.Channel,
    CAST(p.YearMonth AS int) AS YearMonth,
    CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) AS Cost,
    CAST(COALESCE(l.Leads, 0) AS int) AS Leads,
    CAST(COALESCE(n.NewCustomers, 0) AS decimal(19,6)) AS NewCustomers,
    CAST(COALESCE(n.Revenue, 0) AS decimal(19,4)) AS NewCustomerRevenue,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(l.Leads, 0) AS decimal(19,4)) AS CostPerLead,
    CAST(CAST(COALESCE(k.Cost, 0) AS decimal(19,4)) / NULLIF(n.NewCustomers, 0) AS decimal(19,4)) AS Cac
FROM Period AS p
INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = p.CampaignKey
LEFT JOIN Cost AS k ON k.CampaignKey = p.CampaignKey AND k.YearMonth = p.YearMonth
LEFT JOIN Created AS l ON l.CampaignKey = p.CampaignKey AND l.YearMonth = p.YearMonth
LEFT JOIN Acquired AS n ON n.CampaignKey = p.CampaignKey AND n.YearMonth = p.YearMonth;
