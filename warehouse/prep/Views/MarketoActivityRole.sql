-- One row per Marketo activity type a transform treats specially, with its role: the one place the ETL's SQL names activity
-- type ids (Marketo's documented ids; the names and categories of every type live in dw.DimActivityType).
--   Score: Change Score (its attributes carry the score change); Stage: Change Revenue Stage, Change Status in Progression
--   (Marketo stage changes the funnel reads); Merge: Merge Leads (retires the merged-away Marketo ids).
CREATE VIEW prep.MarketoActivityRole
AS
SELECT CAST(22 AS int) AS MarketoActivityTypeId, CAST('Score' AS varchar(10)) AS ActivityRole
UNION ALL SELECT CAST(101 AS int), CAST('Stage' AS varchar(10))
UNION ALL SELECT CAST(104 AS int), CAST('Stage' AS varchar(10))
UNION ALL SELECT CAST(32 AS int), CAST('Merge' AS varchar(10));
