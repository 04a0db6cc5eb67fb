-- One row per Salesforce lead or contact (SalesforceLeadId); no names or raw e-mail addresses (PII stays out of dw).
CREATE TABLE dw.DimLead
(
    LeadKey                    int            IDENTITY(1,1) NOT NULL,
    SalesforceLeadId           varchar(18)    NOT NULL, -- a lead id (00Q...) or, for contacts without a lead, a contact id (003...)
    MarketoLeadId              int            NULL,
    RecordType                 varchar(10)    NOT NULL, -- Lead | Contact
    EmailHash                  char(64)       NULL,     -- SHA-256 hex of the lower-cased, trimmed e-mail address
    EmailDomain                nvarchar(255)  NULL,
    Title                      nvarchar(255)  NULL,
    Company                    nvarchar(255)  NULL,
    Industry                   nvarchar(255)  NULL,
    NumberOfEmployees          int            NULL,
    CompanySizeBand            varchar(20)    NOT NULL,
    Country                    nvarchar(80)   NULL,
    Region                     varchar(20)    NOT NULL,
    LeadSource                 nvarchar(255)  NULL,
    Rating                     nvarchar(255)  NULL,
    CurrentStatus              nvarchar(255)  NULL,
    LastRejectionReason        nvarchar(255)  NULL,
    LeadScore                  int            NULL,
    OwnerSalesforceUserId      varchar(18)    NULL,
    IsConverted                bit            NOT NULL,
    ConvertedDateKey           int            NULL,
    SalesforceAccountId        varchar(18)    NULL,
    SalesforceContactId        varchar(18)    NULL,
    SalesforceOpportunityId    varchar(18)    NULL,
    CreatedAtUtc               datetime2(3)   NULL,
    LastModifiedAtUtc          datetime2(3)   NULL,
    IsDeleted                  bit            NOT NULL,
    MergedIntoSalesforceLeadId varchar(18)    NULL,
    BatchId                    int            NOT NULL,
    CONSTRAINT UQ_DimLead_SalesforceLeadId UNIQUE (SalesforceLeadId),
    CONSTRAINT PK_DimLead PRIMARY KEY (LeadKey),
    CONSTRAINT FK_DimLead_DimDate_ConvertedDateKey FOREIGN KEY (ConvertedDateKey) REFERENCES dw.DimDate (DateKey)
);
