-- One row per cohort (month of the lead's first inquiry) x persona x channel: leads reaching each stage (in any cycle) and cohort
-- conversion A -> B = leads that reached B on or after the day they first reached A / leads that reached A. LeadToCustomerRate = won / inquiries.
-- Columns:
--   CohortYearMonth: Month (yyyymm) of the lead's first inquiry.
--   PersonaName: Persona of the lead's first cycle.
--   Channel: Channel of the lead's first cycle.
--   Inquiries: Leads of the cohort (every lead inquires).
--   Mqls: Leads of the cohort that reached MQL in any cycle.
--   Handoffs: Leads of the cohort that were handed off to sales in any cycle.
--   Sals: Leads of the cohort that reached SAL in any cycle.
--   Sqls: Leads of the cohort that reached SQL in any cycle.
--   Opportunities: Leads of the cohort that reached an opportunity in any cycle.
--   Customers: Leads of the cohort that reached won in any cycle.
--   InquiryToMqlRate: Leads that reached MQL on or after their first inquiry / inquiries, a ratio 0-1; not additive.
--   MqlToHandoffRate: Leads handed off on or after their first MQL day / MQLs, a ratio 0-1; not additive.
--   HandoffToSalRate: Leads that reached SAL on or after their first handoff day / handoffs, a ratio 0-1; not additive.
--   SalToSqlRate: Leads that reached SQL on or after their first SAL day / SALs, a ratio 0-1; not additive.
--   SqlToOpportunityRate: Leads that reached an opportunity on or after their first SQL day / SQLs, a ratio 0-1; not additive.
--   OpportunityToWonRate: Leads that reached won on or after their first opportunity day / opportunities, a ratio 0-1; not
--     additive.
--   LeadToCustomerRate: Customers / inquiries, a ratio 0-1; not additive.
CREATE VIEW rpt.FunnelConversion
AS
WITH LeadMilestone AS
(
    SELECT
        f.LeadKey,
        MIN(CASE WHEN f.CycleNumber = 1 THEN f.InquiryDateKey END) AS InquiryKey,
        MIN(CASE WHEN f.CycleNumber = 1 THEN f.PersonaKey END) AS PersonaKey,
        MIN(CASE WHEN f.CycleNumber = 1 THEN f.Channel END) AS Channel,
        MIN(f.MqlDateKey) AS FirstMql, MAX(f.MqlDateKey) AS LastMql,
        MIN(f.HandoffDateKey) AS FirstHandoff, MAX(f.HandoffDateKey) AS LastHandoff,
        MIN(f.SalDateKey) AS FirstSal, MAX(f.SalDateKey) AS LastSal,
        MIN(f.SqlDateKey) AS FirstSql, MAX(f.SqlDateKey) AS LastSql,
        MIN(f.OpportunityDateKey) AS FirstOpportunity, MAX(f.OpportunityDateKey) AS LastOpportunity,
        MAX(f.WonDateKey) AS LastWon
    FROM dw.FactLeadFunnel AS f
    GROUP BY f.LeadKey
),
Cohort AS
(
    SELECT
        d.YearMonth AS CohortYearMonth,
        m.PersonaKey,
        m.Channel,
        COUNT(*) AS Inquiries,
        SUM(CASE WHEN m.FirstMql IS NOT NULL THEN 1 ELSE 0 END) AS Mqls,
        SUM(CASE WHEN m.FirstHandoff IS NOT NULL THEN 1 ELSE 0 END) AS Handoffs,
        SUM(CASE WHEN m.FirstSal IS NOT NULL THEN 1 ELSE 0 END) AS Sals,
        SUM(CASE WHEN m.FirstSql IS NOT NULL THEN 1 ELSE 0 END) AS Sqls,
        SUM(CASE WHEN m.FirstOpportunity IS NOT NULL THEN 1 ELSE 0 END) AS Opportunities,
        SUM(CASE WHEN m.LastWon IS NOT NULL THEN 1 ELSE 0 END) AS Customers,
        SUM(CASE WHEN m.LastMql >= m.InquiryKey THEN 1 ELSE 0 END) AS InquiryThenMql,
        SUM(CASE WHEN m.FirstMql IS NOT NULL AND m.LastHandoff >= m.FirstMql THEN 1 ELSE 0 END) AS MqlThenHandoff,
        SUM(CASE WHEN m.FirstHandoff IS NOT NULL AND m.LastSal >= m.FirstHandoff THEN 1 ELSE 0 END) AS HandoffThenSal,
        SUM(CASE WHEN m.FirstSal IS NOT NULL AND m.LastSql >= m.FirstSal THEN 1 ELSE 0 END) AS SalThenSql,
        SUM(CASE WHEN m.FirstSql IS NOT NULL AND m.LastOpportunity >= m.FirstSql THEN 1 ELSE 0 END) AS SqlThenOpportunity,
        SUM(CASE WHEN m.FirstOpportunity IS NOT NULL AND m.LastWon >= m.FirstOpportunity THEN 1 ELSE 0 END) AS OpportunityThenWon
    FROM LeadMilestone AS m
    INNER JOIN dw.DimDate AS d ON d.DateKey = m.InquiryKey
    GROUP BY d.YearMonth, m.PersonaKey, m.Channel
)
SELECT
    CAST(c.CohortYearMonth AS int) AS CohortYearMonth,
    p.PersonaKey,
    p.PersonaName,
    CAST(c.Channel AS varchar(30)) AS Channel,
    CAST(c.Inquiries AS int) AS Inquiries,
    CAST(c.Mqls AS int) AS Mqls,
    CAST(c.Handoffs AS int) AS Handoffs,
    CAST(c.Sals AS int) AS Sals,
    CAST(c.Sqls AS int) AS Sqls,
    CAST(c.Opportunities AS int) AS Opportunities,
    CAST(c.Customers AS int) AS Customers,
    CAST(CAST(c.InquiryThenMql AS decimal(18,4)) / NULLIF(c.Inquiries, 0) AS decimal(9,4)) AS InquiryToMqlRate,
    CAST(CAST(c.MqlThenHandoff AS decimal(18,4)) / NULLIF(c.Mqls, 0) AS decimal(9,4)) AS MqlToHandoffRate,
    CAST(CAST(c.HandoffThenSal AS decimal(18,4)) / NULLIF(c.Handoffs, 0) AS decimal(9,4)) AS HandoffToSalRate,
    CAST(CAST(c.SalThenSql AS decimal(18,4)) / NULLIF(c.Sals, 0) AS decimal(9,4)) AS SalToSqlRate,
    CAST(CAST(c.SqlThenOpportunity AS decimal(18,4)) / NULLIF(c.Sqls, 0) AS decimal(9,4)) AS SqlToOpportunityRate,
    CAST(CAST(c.OpportunityThenWon AS decimal(18,4)) / NULLIF(c.Opportunities, 0) AS decimal(9,4)) AS OpportunityToWonRate,
    CAST(CAST(c.Customers AS decimal(18,4)) / NULLIF(c.Inquiries, 0) AS decimal(9,4)) AS LeadToCustomerRate
FROM Cohort AS c
INNER JOIN dw.DimPersona AS p ON p.PersonaKey = c.PersonaKey;
