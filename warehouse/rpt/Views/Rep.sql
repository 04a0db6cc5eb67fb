-- One row per version of a sales or marketing rep (SCD type 2), with the e-mail addresses row-level security matches on.
CREATE VIEW rpt.Rep
AS
SELECT
    r.RepKey,
    r.SalesforceUserId,
    r.ValidFromUtc,
    r.ValidToUtc,
    r.IsCurrent,
    r.RepName,
    r.Email,
    COALESCE(r.Team, 'Unknown') AS Team,
    COALESCE(r.Title, 'Unknown') AS Title,
    r.ManagerSalesforceUserId,
    COALESCE(r.ManagerName, 'Unknown') AS ManagerName,
    r.ManagerEmail,
    COALESCE(r.Region, 'Unknown') AS Region,
    r.TimeZone,
    r.IsActive
FROM dw.DimRep AS r;
