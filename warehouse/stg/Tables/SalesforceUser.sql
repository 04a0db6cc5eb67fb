-- One row per Salesforce user (User.csv), latest version by SystemModstamp.
CREATE TABLE stg.SalesforceUser
(
    Id             varchar(18)    NOT NULL,
    Name           nvarchar(121)  NULL,
    Email          nvarchar(320)  NULL,
    IsActive       bit            NULL,
    UserRoleId     varchar(18)    NULL,
    ManagerId      varchar(18)    NULL,
    TimeZoneSidKey varchar(64)    NULL,
    Department     nvarchar(80)   NULL,
    Title          nvarchar(255)  NULL,
    CreatedDate    datetime2(3)   NULL,
    SystemModstamp datetime2(3)   NULL,
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceUser PRIMARY KEY (Id)
);
