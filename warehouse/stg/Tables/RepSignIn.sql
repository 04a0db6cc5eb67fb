-- One row per Salesforce user from the optional RepSignIn.csv: the sign-in name (user principal name) the rep uses in Power BI,
-- where it differs from the Salesforce e-mail. Row-level security matches USERPRINCIPALNAME() against it.
CREATE TABLE stg.RepSignIn
(
    SalesforceUserId varchar(18)    NOT NULL,
    SignInName       nvarchar(256)  NULL,
    BatchId          int            NOT NULL,
    SourceFile       nvarchar(260)  NOT NULL,
    SourceLine       int            NOT NULL,
    CONSTRAINT PK_RepSignIn PRIMARY KEY (SalesforceUserId)
);
