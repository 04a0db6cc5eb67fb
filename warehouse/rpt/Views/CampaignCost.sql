-- One row per campaign x calendar month: the campaign's actual cost (to date) and budget spread over its months by days.
-- Columns:
--   YearMonth: Calendar month (yyyymm) the cost is booked to.
--   ActualCost: The campaign's actual cost to date spread to this month, in the reporting currency.
--   BudgetedCost: The campaign's budget spread to this month, in the reporting currency.
--   AllocationMethod: How cost is spread over months: ProratedByDays (by the campaign's days in each month) or StartMonth.
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
