-- One row per Salesforce campaign member, a lead or contact in a campaign (CampaignMember.csv).
CREATE TABLE stg.SalesforceCampaignMember
(
    Id                 varchar(18)    NOT NULL,
    CampaignId         varchar(18)    NULL,
    LeadId             varchar(18)    NULL,
    ContactId          varchar(18)    NULL,
    Status             nvarchar(255)  NULL,
    HasResponded       bit            NULL,
    FirstRespondedDate date           NULL,
    CreatedDate        datetime2(3)   NULL,
    SystemModstamp     datetime2(3)   NULL,
    IsDeleted          bit            NULL,
    BatchId            int            NOT NULL,
    SourceFile         nvarchar(260)  NOT NULL,
    SourceLine         int            NOT NULL,
    CONSTRAINT PK_SalesforceCampaignMember PRIMARY KEY (Id)
);
