-- One row per version of a sales or marketing rep (SCD type 2), with the e-mail addresses row-level security matches on.
-- Columns:
--   ValidFromUtc: Start of this version of the user (SCD type 2).
--   ValidToUtc: End of this version (exclusive); far future for the current one.
--   IsCurrent: True for the user's current version.
--   RepName: The user's name in Salesforce.
--   Email: The user's Salesforce e-mail.
--   Team: Salesforce User.Department of this version (Unknown when empty).
--   Title: Salesforce title of this version.
--   ManagerSalesforceUserId: Salesforce id of the user's manager in this version.
--   ManagerName: Name of the manager (Unknown when none).
--   ManagerEmail: E-mail of the manager.
--   Region: Sales region (Unknown when none).
--   TimeZone: IANA time zone of the user's working calendar.
--   IsActive: Salesforce IsActive of this version.
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
