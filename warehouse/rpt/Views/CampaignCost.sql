-- One row per campaign x calendar month: the campaign's actual cost (to date) and budget spread over its months by days.
CREATE VIEW rpt.CampaignCost
AS
SELECT
    f.CampaignCostKey,
    f.CampaignKey,
    f.MonthStartDateKey,
    d.YearMonth,
    f.ActualCost,
    f.BudgetedCost,
    f.AllocationMethod
FROM dw.FactCampaignCost AS f
INNER JOIN dw.DimDate AS d ON d.DateKey = f.MonthStartDateKey;
