-- One row per Salesforce opportunity (Opportunity.csv), latest version by SystemModstamp.
CREATE TABLE stg.SalesforceOpportunity
(
    Id               varchar(18)    NOT NULL,
    AccountId        varchar(18)    NULL,
    Name             nvarchar(255)  NULL,
    StageName        nvarchar(255)  NULL,
    Amount           decimal(19,4)  NULL,
    CurrencyIsoCode  char(3)        NULL,
    Probability      int            NULL,
    CloseDate        date           NULL,
    Type             nvarchar(255)  NULL,
    LeadSource       nvarchar(255)  NULL,
    CampaignId       varchar(18)    NULL,
    OwnerId          varchar(18)    NULL,
    IsClosed         bit            NULL,
    IsWon            bit            NULL,
    ForecastCategory nvarchar(40)   NULL,
    CreatedDate      datetime2(3)   NULL,
    SystemModstamp   datetime2(3)   NULL,
    IsDeleted        bit            NULL,
    BatchId          int            NOT NULL,
    SourceFile       nvarchar(260)  NOT NULL,
    SourceLine       int            NOT NULL,
    CONSTRAINT PK_SalesforceOpportunity PRIMARY KEY (Id)
);
