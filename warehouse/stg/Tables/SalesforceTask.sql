-- One row per Salesforce task, a sales touch such as a call or an e-mail (Task.csv).
CREATE TABLE stg.SalesforceTask
(
    Id             varchar(18)    NOT NULL,
    WhoId          varchar(18)    NULL,
    WhatId         varchar(18)    NULL,
    OwnerId        varchar(18)    NULL,
    Subject        nvarchar(255)  NULL,
    TaskSubtype    nvarchar(40)   NULL,
    Type           nvarchar(40)   NULL,
    Status         nvarchar(40)   NULL,
    ActivityDate   date           NULL,
    CreatedDate    datetime2(3)   NULL,
    SystemModstamp datetime2(3)   NULL,
    IsDeleted      bit            NULL,
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceTask PRIMARY KEY (Id)
);
