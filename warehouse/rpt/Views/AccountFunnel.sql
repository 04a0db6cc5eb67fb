-- One row per Target cohort month x segment x channel and persona of the account's first engaged person x account-funnel stage
-- (Target, Engaged, MQA, Opportunity, Customer): accounts of the cohort that reached the stage, how many went on to the next one
-- and how fast (cohort conversion and velocity). Stages reached only through a later one count as reached (IsInferred).
-- Columns:
--   CohortYearMonth: Month (yyyymm) the accounts entered Target (became known: the account's or its first person's creation).
--   Segment: Segment of the accounts (company size band).
--   FirstEngagedChannel: Channel of the campaign of the account's first touch; Not engaged when nobody at it has touched.
--   FirstEngagedPersona: Persona of the person who touched first; Unknown when nobody has or the persona is not known.
--   StageNumber: Position of the stage in the account funnel (1 Target … 5 Customer), for sorting.
--   StageName: Account-funnel stage: Target, Engaged, MQA, Opportunity or Customer.
--   Accounts: Accounts of the cohort that reached the stage.
--   InferredAccounts: Of those, accounts that reached it only through a later stage (e.g. an opportunity without an MQA).
--   TargetAccounts: Accounts of the cohort (same segment, channel and persona) that entered Target; the conversion base.
--   NextStageAccounts: Of the accounts that reached the stage, those that reached the next one (0 on Customer).
--   ConversionRateToNextStage: NextStageAccounts / Accounts; empty on Customer; not additive.
--   ConversionRateFromTarget: Accounts / TargetAccounts; not additive.
--   DaysToNextStageTotal: Sum of the days from this stage's entry to the next stage's, over NextStageAccounts; additive.
--   AvgDaysToNextStage: DaysToNextStageTotal / NextStageAccounts (velocity); not additive.
--   DaysFromTargetTotal: Sum of the days from Target to this stage's entry, over Accounts; additive.
--   AvgDaysFromTarget: DaysFromTargetTotal / Accounts; not additive.
CREATE VIEW rpt.AccountFunnel
AS
WITH Reached AS
(
    SELECT
        h.StageNumber,
        h.StageName,
        h.Segment,
        h.FirstEngagedChannel,
        h.FirstEngagedPersonaKey,
        h.DaysFromTarget,
        CASE WHEN h.IsInferred = 1 THEN 1 ELSE 0 END AS Inferred,
        CASE WHEN n.AccountKey IS NULL THEN 0 ELSE 1 END AS ReachedNext,
        n.DaysFromPreviousStage AS DaysToNext,
        t.EnteredDateKey AS TargetDateKey
    FROM dw.FactAccountStageHistory AS h
    INNER JOIN dw.FactAccountStageHistory AS t ON t.AccountKey = h.AccountKey AND t.StageNumber = 1
    LEFT JOIN dw.FactAccountStageHistory AS n ON n.AccountKey = h.AccountKey AND n.StageNumber = h.StageNumber + 1
),
Cohort AS
(
    SELECT
        d.YearMonth,
        r.Segment,
        r.FirstEngagedChannel,
        COALESCE(p.PersonaName, 'Unknown') AS Persona,
        r.StageNumber,
        r.StageName,
        COUNT(*) AS Accounts,
        SUM(r.Inferred) AS InferredAccounts,
        SUM(r.ReachedNext) AS NextStageAccounts,
        COALESCE(SUM(r.DaysToNext), 0) AS DaysToNextStageTotal,
        SUM(r.DaysFromTarget) AS DaysFromTargetTotal
    FROM Reached AS r
    INNER JOIN dw.DimDate AS d ON d.DateKey = r.TargetDateKey
    LEFT JOIN dw.DimPersona AS p ON p.PersonaKey = r.FirstEngagedPersonaKey
    GROUP BY d.YearMonth, r.Segment, r.FirstEngagedChannel, COALESCE(p.PersonaName, 'Unknown'), r.StageNumber, r.StageName
),
WithTarget AS
(
    SELECT
        c.YearMonth, c.Segment, c.FirstEngagedChannel, c.Persona, c.StageNumber, c.StageName, c.Accounts, c.InferredAccounts,
        c.NextStageAccounts, c.DaysToNextStageTotal, c.DaysFromTargetTotal,
        SUM(CASE WHEN c.StageNumber = 1 THEN c.Accounts ELSE 0 END)
            OVER (PARTITION BY c.YearMonth, c.Segment, c.FirstEngagedChannel, c.Persona) AS TargetAccounts
    FROM Cohort AS c
)
SELECT
    CAST(w.YearMonth AS int) AS CohortYearMonth,
    CAST(w.Segment AS varchar(20)) AS Segment,
    CAST(w.FirstEngagedChannel AS varchar(30)) AS FirstEngagedChannel,
    CAST(w.Persona AS nvarchar(100)) AS FirstEngagedPersona,
    CAST(w.StageNumber AS smallint) AS StageNumber,
    CAST(w.StageName AS varchar(20)) AS StageName,
    CAST(w.Accounts AS int) AS Accounts,
    CAST(w.InferredAccounts AS int) AS InferredAccounts,
    CAST(w.TargetAccounts AS int) AS TargetAccounts,
    CAST(w.NextStageAccounts AS int) AS NextStageAccounts,
    CAST(CASE WHEN w.StageNumber = 5 THEN NULL
        ELSE CAST(w.NextStageAccounts AS decimal(18,4)) / CAST(w.Accounts AS decimal(18,4))
    END AS decimal(9,4)) AS ConversionRateToNextStage,
    CAST(CAST(w.Accounts AS decimal(18,4)) / CAST(NULLIF(w.TargetAccounts, 0) AS decimal(18,4)) AS decimal(9,4))
        AS ConversionRateFromTarget,
    CAST(w.DaysToNextStageTotal AS int) AS DaysToNextStageTotal,
    CAST(CAST(w.DaysToNextStageTotal AS decimal(18,4)) / CAST(NULLIF(w.NextStageAccounts, 0) AS decimal(18,4)) AS decimal(9,2))
        AS AvgDaysToNextStage,
    CAST(w.DaysFromTargetTotal AS int) AS DaysFromTargetTotal,
    CAST(CAST(w.DaysFromTargetTotal AS decimal(18,4)) / CAST(w.Accounts AS decimal(18,4)) AS decimal(9,2)) AS AvgDaysFromTarget
FROM WithTarget AS w;
