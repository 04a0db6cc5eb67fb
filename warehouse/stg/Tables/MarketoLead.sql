-- One row per Marketo lead (MarketoLeads.csv), linking it to its Salesforce lead or contact.
CREATE TABLE stg.MarketoLead
(
    id            int            NOT NULL,
    email         nvarchar(320)  NULL,
    sfdcLeadId    varchar(18)    NULL,
    sfdcContactId varchar(18)    NULL,
    sfdcType      nvarchar(20)   NULL,
    title         nvarchar(255)  NULL,
    company       nvarchar(255)  NULL,
    leadScore     int            NULL,
    createdAt     datetime2(3)   NULL,
    updatedAt     datetime2(3)   NULL,
    BatchId       int            NOT NULL,
    SourceFile    nvarchar(260)  NOT NULL,
    SourceLine    int            NOT NULL,
    CONSTRAINT PK_MarketoLead PRIMARY KEY (id)
);
