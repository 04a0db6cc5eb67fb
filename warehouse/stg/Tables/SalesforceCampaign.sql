-- One row per Salesforce campaign (Campaign.csv), latest version by SystemModstamp.
CREATE TABLE stg.SalesforceCampaign
(
    Id                    varchar(18)    NOT NULL,
    Name                  nvarchar(255)  NULL,
    Type                  nvarchar(255)  NULL,
    Status                nvarchar(255)  NULL,
    ParentId              varchar(18)    NULL,
    StartDate             date           NULL,
    EndDate               date           NULL,
    BudgetedCost          decimal(19,4)  NULL,
    ActualCost            decimal(19,4)  NULL,
    ExpectedRevenue       decimal(19,4)  NULL,
    IsActive              bit            NULL,
    Marketo_Program_Id__c int            NULL,
    CreatedDate           datetime2(3)   NULL,
    SystemModstamp        datetime2(3)   NULL,
    IsDeleted             bit            NULL,
    BatchId               int            NOT NULL,
    SourceFile            nvarchar(260)  NOT NULL,
    SourceLine            int            NOT NULL,
    CONSTRAINT PK_SalesforceCampaign PRIMARY KEY (Id)
);
