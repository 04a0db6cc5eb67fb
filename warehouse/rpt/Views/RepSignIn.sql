-- One row per Salesforce user (its current version): the sign-in name Power BI's USERPRINCIPALNAME() returns for the user — from
-- RepSignIn.csv when listed there, else the Salesforce e-mail, lower-cased — and its manager when the manager is a user too, so the
-- model's management chain (PATH over SalesforceUserId → ManagerSalesforceUserId) reaches every level below a manager.
CREATE VIEW rpt.RepSignIn
AS
SELECT
    r.SalesforceUserId,
    r.RepName,
    COALESCE(r.Team, 'Unknown') AS Team,
    CAST(LOWER(COALESCE(m.SignInName, r.Email)) AS nvarchar(256)) AS SignInName,
    mgr.SalesforceUserId AS ManagerSalesforceUserId
FROM dw.DimRep AS r
LEFT JOIN etl.RepSignIn AS m ON m.SalesforceUserId = r.SalesforceUserId
LEFT JOIN dw.DimRep AS mgr ON mgr.SalesforceUserId = r.ManagerSalesforceUserId AND mgr.IsCurrent = 1 AND mgr.RepKey <> 0
WHERE r.IsCurrent = 1 AND r.RepKey <> 0;
