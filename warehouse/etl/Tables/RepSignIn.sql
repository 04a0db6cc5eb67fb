-- One row per Salesforce user listed in RepSignIn.csv: its Power BI sign-in name, trimmed and lower-cased (a reference mapping the
-- ETL maintains for row-level security, not a dimension). Users not listed sign in with their Salesforce e-mail (rpt.RepSignIn).
CREATE TABLE etl.RepSignIn
(
    SalesforceUserId varchar(18)    NOT NULL,
    SignInName       nvarchar(256)  NOT NULL,
    BatchId          int            NOT NULL,
    CONSTRAINT PK_RepSignIn PRIMARY KEY (SalesforceUserId)
);
