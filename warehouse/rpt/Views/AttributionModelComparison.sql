-- One row per period x channel x rule-based model: the channel's share of new-customer credit under the rule-based model (touches
-- of won New opportunities, by the quarter they were won; Unattributed left out) beside the Markov and Shapley shares and their
-- P5..P95 intervals. OutsideMarkovInterval / OutsideShapleyInterval = 1 where the rule-based share lies outside that interval.
-- Columns:
--   Period: All or a calendar quarter yyyy-Qn, as in the data-driven attribution; filter one before adding up.
--   PeriodStartDate: First day of the quarter; empty for All.
--   Channel: The campaign channel compared.
--   RuleModel: The rule-based attribution model whose share is compared; filter one before adding up.
--   RuleShare: Channel's share of new-customer credit under the rule-based model (won New opportunities by the quarter won,
--     Unattributed left out), a ratio 0-1.
--   MarkovShare: Channel's credit share under the Markov model, a ratio 0-1.
--   MarkovShareLow: P5 of the Markov share over the bootstrap resamples, a ratio 0-1.
--   MarkovShareHigh: P95 of the Markov share over the bootstrap resamples, a ratio 0-1.
--   ShapleyShare: Channel's credit share under the Shapley model, a ratio 0-1.
--   ShapleyShareLow: P5 of the Shapley share over the bootstrap resamples, a ratio 0-1.
--   ShapleyShareHigh: P95 of the Shapley share over the bootstrap resamples, a ratio 0-1.
--   OutsideMarkovInterval: 1 when the rule-based share lies outside the Markov P5..P95 interval, else 0.
--   OutsideShapleyInterval: 1 when the rule-based share lies outside the Shapley P5..P95 interval, else 0.
CREATE VIEW rpt.AttributionModelComparison
AS
WITH RuleCredit AS
(
    SELECT q.Date AS PeriodStartDate, c.Channel, m.ModelName, SUM(a.Weight) AS Credit
    FROM dw.FactAttribution AS a
    INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = a.AttributionModelKey
    INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = a.CampaignKey
    INNER JOIN dw.DimDate AS d ON d.DateKey = a.WonDateKey
    INNER JOIN dw.DimDate AS q ON q.Year = d.Year AND q.Month = (d.Quarter - 1) * 3 + 1 AND q.DayOfMonth = 1
    WHERE a.IsNewCustomer = 1 AND a.CampaignKey <> 0
    GROUP BY q.Date, c.Channel, m.ModelName
),
Periods AS
(
    SELECT DISTINCT f.Period, f.PeriodStartDate FROM dw.FactAttributionDataDriven AS f
),
RuleByPeriod AS
(
    SELECT p.Period, r.Channel, r.ModelName, r.Credit
    FROM RuleCredit AS r
    INNER JOIN Periods AS p ON p.PeriodStartDate = r.PeriodStartDate
    UNION ALL
    SELECT 'All' AS Period, r.Channel, r.ModelName, SUM(r.Credit) AS Credit
    FROM RuleCredit AS r
    GROUP BY r.Channel, r.ModelName
),
RuleShare AS
(
    SELECT
        b.Period,
        b.Channel,
        b.ModelName,
        CAST(CAST(b.Credit AS decimal(19,6)) / NULLIF(CAST(SUM(b.Credit) OVER (PARTITION BY b.Period, b.ModelName) AS decimal(19,6)), 0)
            AS decimal(9,6)) AS Share
    FROM RuleByPeriod AS b
),
DataDriven AS
(
    SELECT
        f.Period,
        f.PeriodStartDate,
        f.Channel,
        MAX(CASE WHEN f.ModelName = 'Markov' THEN f.CreditShare END) AS MarkovShare,
        MAX(CASE WHEN f.ModelName = 'Markov' THEN f.CreditShareLow END) AS MarkovShareLow,
        MAX(CASE WHEN f.ModelName = 'Markov' THEN f.CreditShareHigh END) AS MarkovShareHigh,
        MAX(CASE WHEN f.ModelName = 'Shapley' THEN f.CreditShare END) AS ShapleyShare,
        MAX(CASE WHEN f.ModelName = 'Shapley' THEN f.CreditShareLow END) AS ShapleyShareLow,
        MAX(CASE WHEN f.ModelName = 'Shapley' THEN f.CreditShareHigh END) AS ShapleyShareHigh
    FROM dw.FactAttributionDataDriven AS f
    GROUP BY f.Period, f.PeriodStartDate, f.Channel
),
Compared AS
(
    SELECT
        dd.Period,
        dd.PeriodStartDate,
        dd.Channel,
        m.ModelName AS RuleModel,
        CAST(COALESCE(rs.Share, 0) AS decimal(9,6)) AS RuleShare,
        dd.MarkovShare,
        dd.MarkovShareLow,
        dd.MarkovShareHigh,
        dd.ShapleyShare,
        dd.ShapleyShareLow,
        dd.ShapleyShareHigh
    FROM DataDriven AS dd
    CROSS JOIN dw.DimAttributionModel AS m
    LEFT JOIN RuleShare AS rs ON rs.Period = dd.Period AND rs.Channel = dd.Channel AND rs.ModelName = m.ModelName
    WHERE m.AttributionModelKey <> 0
)
SELECT
    c.Period,
    c.PeriodStartDate,
    c.Channel,
    c.RuleModel,
    CAST(c.RuleShare AS decimal(9,6)) AS RuleShare,
    CAST(c.MarkovShare AS decimal(9,6)) AS MarkovShare,
    CAST(c.MarkovShareLow AS decimal(9,6)) AS MarkovShareLow,
    CAST(c.MarkovShareHigh AS decimal(9,6)) AS MarkovShareHigh,
    CAST(c.ShapleyShare AS decimal(9,6)) AS ShapleyShare,
    CAST(c.ShapleyShareLow AS decimal(9,6)) AS ShapleyShareLow,
    CAST(c.ShapleyShareHigh AS decimal(9,6)) AS ShapleyShareHigh,
    CAST(CASE WHEN c.RuleShare < c.MarkovShareLow OR c.RuleShare > c.MarkovShareHigh THEN 1 ELSE 0 END AS int) AS OutsideMarkovInterval,
    CAST(CASE WHEN c.RuleShare < c.ShapleyShareLow OR c.RuleShare > c.ShapleyShareHigh THEN 1 ELSE 0 END AS int) AS OutsideShapleyInterval
FROM Compared AS c;
