-- One row per Salesforce contact (Contact.csv), latest version by SystemModstamp.
CREATE TABLE stg.SalesforceContact
(
    Id             varchar(18)    NOT NULL,
    AccountId      varchar(18)    NULL,
    FirstName      nvarchar(100)  NULL,
    LastName       nvarchar(100)  NULL,
    Email          nvarchar(320)  NULL,
    Title          nvarchar(255)  NULL,
    Department     nvarchar(80)   NULL,
    LeadSource     nvarchar(255)  NULL,
    OwnerId        varchar(18)    NULL,
    MasterRecordId varchar(18)    NULL,
    CreatedDate    datetime2(3)   NULL,
    SystemModstamp datetime2(3)   NULL,
    IsDeleted      bit            NULL,
    EmailHash      char(64)       NULL,     -- typed at staging: SHA-256 hex of the trimmed, lower-cased Email
    EmailDomain    nvarchar(320)  NULL,     -- typed at staging: the part of Email after its last '@', lower-cased
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceContact PRIMARY KEY (Id)
);
