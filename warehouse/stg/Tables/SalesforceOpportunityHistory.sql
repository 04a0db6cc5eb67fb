-- One row per Salesforce opportunity change of stage, amount, probability or close date (OpportunityHistory.csv).
CREATE TABLE stg.SalesforceOpportunityHistory
(
    Id               varchar(18)    NOT NULL,
    OpportunityId    varchar(18)    NULL,
    StageName        nvarchar(255)  NULL,
    Amount           decimal(19,4)  NULL,
    CloseDate        date           NULL,
    Probability      int            NULL,
    ForecastCategory nvarchar(40)   NULL,
    CreatedDate      datetime2(3)   NULL,
    CreatedById      varchar(18)    NULL,
    IsDeleted        bit            NULL,
    BatchId          int            NOT NULL,
    SourceFile       nvarchar(260)  NOT NULL,
    SourceLine       int            NOT NULL,
    CONSTRAINT PK_SalesforceOpportunityHistory PRIMARY KEY (Id)
);
