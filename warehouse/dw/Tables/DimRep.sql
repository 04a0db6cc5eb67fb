-- One row per version of a Salesforce user (SCD type 2): a new row whenever team, title, manager, region or time zone changes.
CREATE TABLE dw.DimRep
(
    RepKey                  int            IDENTITY(1,1) NOT NULL,
    SalesforceUserId        varchar(18)    NOT NULL,
    ValidFromUtc            datetime2(3)   NOT NULL,
    ValidToUtc              datetime2(3)   NOT NULL, -- 9999-12-31 for the current version; exclusive
    IsCurrent               bit            NOT NULL,
    RepName                 nvarchar(121)  NOT NULL,
    Email                   nvarchar(320)  NULL,     -- employee e-mail, matched by Power BI row-level security
    Team                    nvarchar(100)  NULL,
    Title                   nvarchar(255)  NULL,
    ManagerSalesforceUserId varchar(18)    NULL,
    ManagerName             nvarchar(121)  NULL,
    ManagerEmail            nvarchar(320)  NULL,     -- lets a manager's row-level-security role see the team
    Region                  varchar(20)    NULL,
    TimeZone                varchar(64)    NULL,     -- IANA id; selects the business calendar of the SLA clock
    IsActive                bit            NOT NULL,
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_DimRep_SalesforceUserId_ValidFromUtc UNIQUE (SalesforceUserId, ValidFromUtc),
    CONSTRAINT PK_DimRep PRIMARY KEY (RepKey),
    CONSTRAINT CK_DimRep_ValidFromUtc_ValidToUtc CHECK (ValidFromUtc < ValidToUtc)
);
