-- One row per Salesforce lead (Lead.csv), latest version by SystemModstamp; deleted and merged leads are kept with their flags.
CREATE TABLE stg.SalesforceLead
(
    Id                     varchar(18)    NOT NULL,
    FirstName              nvarchar(100)  NULL,
    LastName               nvarchar(100)  NULL,
    Email                  nvarchar(320)  NULL,
    Title                  nvarchar(255)  NULL,
    Company                nvarchar(255)  NULL,
    Industry               nvarchar(255)  NULL,
    NumberOfEmployees      int            NULL,
    Country                nvarchar(80)   NULL,
    LeadSource             nvarchar(255)  NULL,
    Status                 nvarchar(255)  NULL,
    OwnerId                varchar(18)    NULL,
    Rating                 nvarchar(255)  NULL,
    IsConverted            bit            NULL,
    ConvertedDate          date           NULL,
    ConvertedAccountId     varchar(18)    NULL,
    ConvertedContactId     varchar(18)    NULL,
    ConvertedOpportunityId varchar(18)    NULL,
    Rejection_Reason__c    nvarchar(255)  NULL,
    MasterRecordId         varchar(18)    NULL,
    CreatedDate            datetime2(3)   NULL,
    LastModifiedDate       datetime2(3)   NULL,
    SystemModstamp         datetime2(3)   NULL,
    IsDeleted              bit            NULL,
    EmailHash              char(64)       NULL,     -- typed at staging: SHA-256 hex of the trimmed, lower-cased Email
    EmailDomain            nvarchar(320)  NULL,     -- typed at staging: the part of Email after its last '@', lower-cased
    BatchId                int            NOT NULL,
    SourceFile             nvarchar(260)  NOT NULL,
    SourceLine             int            NOT NULL,
    CONSTRAINT PK_SalesforceLead PRIMARY KEY (Id)
);
