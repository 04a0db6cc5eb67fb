-- One row per costed campaign (live, actual or budgeted cost not 0, with a start or creation date) per calendar month, shaped as
-- dw.FactCampaignCost. Cost to date is spread over [start, the earlier of end and the batch's as-of date (etl.BatchAsOf)] in proportion to
-- the days in each month ('ProratedByDays'); without an end date, or starting after the as-of date, the whole cost books in the
-- start month ('StartMonth'). The budget is spread over [start, end] (or like the cost when there is no such range). Days are
-- counted in dw.DimDate, which covers every campaign's dates. Each month's part is rounded to 4 places half to even (as .NET's
-- decimal.Round: 0.00005 becomes 0.0000, 0.00015 becomes 0.0002) and the last month takes the remainder, so the parts add up to the
-- cost exactly. SQL's ROUND rounds half away from zero and DuckDB divides decimals in floating point, so the rounding is done on
-- whole units of 0.0001 instead: q and r, quotient and remainder of units × days by the total days, round up when 2r exceeds the
-- total or equals it with q odd (q itself is an exact division: the remainder is taken off first). Exact while units × days
-- < 2^53 (a cost below 290 billion), as DuckDB divides decimals in double precision.
CREATE VIEW prep.CampaignCost
AS
WITH Costed AS (
    SELECT
        c.CampaignKey,
        s.StartDate,
        s.EndDate,
        CAST(s.ActualCost * 10000 AS bigint) AS ActualUnits,
        CAST(COALESCE(s.BudgetedCost, 0) * 10000 AS bigint) AS BudgetUnits,
        CASE WHEN s.EndDate IS NOT NULL AND s.EndDate < a.AsOfDate THEN s.EndDate ELSE a.AsOfDate END AS CostEnd
    FROM (
        SELECT
            x.Id,
            COALESCE(x.StartDate, CAST(x.CreatedDate AS date)) AS StartDate,
            x.EndDate,
            COALESCE(x.ActualCost, 0) AS ActualCost,
            x.BudgetedCost,
            CASE WHEN x.IsDeleted = 1 THEN 1 ELSE 0 END AS IsDeleted
        FROM stg.SalesforceCampaign AS x
        WHERE COALESCE(x.ActualCost, 0) <> 0 OR COALESCE(x.BudgetedCost, 0) <> 0
    ) AS s
    INNER JOIN dw.DimCampaign AS c ON c.SalesforceCampaignId = s.Id
    CROSS JOIN (SELECT CAST(MAX(b.AsOfUtc) AS date) AS AsOfDate FROM etl.BatchAsOf AS b) AS a
    WHERE s.StartDate IS NOT NULL AND s.IsDeleted = 0
),
Ranges AS (
    -- RangeEnd NULL: the series books whole in the start month.
    SELECT
        CampaignKey,
        'Actual' AS Series,
        StartDate,
        CASE WHEN EndDate IS NOT NULL AND CostEnd >= StartDate THEN CostEnd END AS RangeEnd,
        ActualUnits AS Units
    FROM Costed
    UNION ALL
    SELECT
        CampaignKey,
        'Budget',
        StartDate,
        CASE WHEN EndDate >= StartDate THEN EndDate END,
        BudgetUnits
    FROM Costed
),
Months AS (
    SELECT r.CampaignKey, r.Series, r.Units, d.YearMonth * 100 + 1 AS MonthStartDateKey, COUNT(*) AS Days
    FROM Ranges AS r
    INNER JOIN dw.DimDate AS d ON d.DateKey <> 0 AND d.Date >= r.StartDate AND d.Date <= r.RangeEnd
    GROUP BY r.CampaignKey, r.Series, r.Units, d.YearMonth
    UNION ALL
    SELECT CampaignKey, Series, Units, YEAR(StartDate) * 10000 + MONTH(StartDate) * 100 + 1, 1
    FROM Ranges
    WHERE RangeEnd IS NULL
),
Shares AS (
    SELECT
        CampaignKey,
        Series,
        Units,
        MonthStartDateKey,
        Units * Days AS Numerator,
        SUM(Days) OVER (PARTITION BY CampaignKey, Series) AS TotalDays,
        MAX(MonthStartDateKey) OVER (PARTITION BY CampaignKey, Series) AS LastMonthStartDateKey
    FROM Months
),
Rounded AS (
    SELECT
        CampaignKey,
        Series,
        Units,
        MonthStartDateKey,
        LastMonthStartDateKey,
        CAST(CAST(Numerator - Numerator % TotalDays AS decimal(38,0)) / TotalDays AS bigint)
            + CASE
                WHEN 2 * ABS(Numerator % TotalDays) > TotalDays
                    OR (2 * ABS(Numerator % TotalDays) = TotalDays
                        AND CAST(CAST(Numerator - Numerator % TotalDays AS decimal(38,0)) / TotalDays AS bigint) % 2 <> 0)
                THEN SIGN(Numerator)
                ELSE 0
            END AS PartUnits
    FROM Shares
),
Parts AS (
    SELECT
        CampaignKey,
        Series,
        MonthStartDateKey,
        CASE
            WHEN MonthStartDateKey = LastMonthStartDateKey
            THEN Units - (SUM(PartUnits) OVER (PARTITION BY CampaignKey, Series) - PartUnits)
            ELSE PartUnits
        END AS PartUnits
    FROM Rounded
)
SELECT
    CAST(p.CampaignKey AS int) AS CampaignKey,
    CAST(p.MonthStartDateKey AS int) AS MonthStartDateKey,
    CAST(CAST(SUM(CASE WHEN p.Series = 'Actual' THEN p.PartUnits ELSE 0 END) AS decimal(19,4)) * 0.0001 AS decimal(19,4))
        AS ActualCost,
    CAST(CAST(SUM(CASE WHEN p.Series = 'Budget' THEN p.PartUnits ELSE 0 END) AS decimal(19,4)) * 0.0001 AS decimal(19,4))
        AS BudgetedCost,
    CAST(CASE WHEN MAX(k.RangeEnd) IS NULL THEN 'StartMonth' ELSE 'ProratedByDays' END AS varchar(20)) AS AllocationMethod
FROM Parts AS p
INNER JOIN Ranges AS k ON k.CampaignKey = p.CampaignKey AND k.Series = 'Actual'
GROUP BY p.CampaignKey, p.MonthStartDateKey;
