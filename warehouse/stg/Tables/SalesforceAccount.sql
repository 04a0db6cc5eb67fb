-- One row per Salesforce account (Account.csv), latest version by SystemModstamp.
CREATE TABLE stg.SalesforceAccount
(
    Id                varchar(18)    NOT NULL,
    Name              nvarchar(255)  NULL,
    Industry          nvarchar(255)  NULL,
    AnnualRevenue     decimal(19,4)  NULL,
    NumberOfEmployees int            NULL,
    BillingCountry    nvarchar(80)   NULL,
    Type              nvarchar(255)  NULL,
    OwnerId           varchar(18)    NULL,
    MasterRecordId    varchar(18)    NULL,
    CreatedDate       datetime2(3)   NULL,
    SystemModstamp    datetime2(3)   NULL,
    IsDeleted         bit            NULL,
    BatchId           int            NOT NULL,
    SourceFile        nvarchar(260)  NOT NULL,
    SourceLine        int            NOT NULL,
    CONSTRAINT PK_SalesforceAccount PRIMARY KEY (Id)
);
