-- One row per Salesforce lead field change (LeadHistory.csv): Status and Owner changes drive the stage history.
CREATE TABLE stg.SalesforceLeadHistory
(
    Id             varchar(18)    NOT NULL,
    LeadId         varchar(18)    NULL,
    Field          nvarchar(255)  NULL,
    OldValue       nvarchar(255)  NULL,
    NewValue       nvarchar(255)  NULL,
    CreatedDate    datetime2(3)   NULL,
    CreatedById    varchar(18)    NULL,
    IsDeleted      bit            NULL,
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceLeadHistory PRIMARY KEY (Id)
);
