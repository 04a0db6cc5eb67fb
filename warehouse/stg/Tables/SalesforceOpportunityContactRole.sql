-- One row per contact on a Salesforce opportunity and the role they play in the deal (OpportunityContactRole.csv).
CREATE TABLE stg.SalesforceOpportunityContactRole
(
    Id             varchar(18)    NOT NULL,
    OpportunityId  varchar(18)    NULL,
    ContactId      varchar(18)    NULL,
    Role           nvarchar(40)   NULL,
    IsPrimary      bit            NULL,
    CreatedDate    datetime2(3)   NULL,
    SystemModstamp datetime2(3)   NULL,
    IsDeleted      bit            NULL,
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceOpportunityContactRole PRIMARY KEY (Id)
);
