-- One row per Salesforce user listed in RepSignIn.csv: its Power BI sign-in name, trimmed and lower-cased. Users not listed sign in
-- with their Salesforce e-mail (rpt.RepSignIn falls back to it).
CREATE TABLE dw.RepSignIn
(
    RepSignInKey     int            IDENTITY(1,1) NOT NULL,
    SalesforceUserId varchar(18)    NOT NULL,
    SignInName       nvarchar(256)  NOT NULL,
    BatchId          int            NOT NULL,
    CONSTRAINT UQ_RepSignIn_SalesforceUserId UNIQUE (SalesforceUserId),
    CONSTRAINT PK_RepSignIn PRIMARY KEY (RepSignInKey)
);
