-- One row per Marketo activity (lead x activity type x time), with the score change it caused.
CREATE TABLE dw.FactMarketingActivity
(
    MarketingActivityKey  bigint         IDENTITY(1,1) NOT NULL,
    MarketoGuid           varchar(64)    NOT NULL,
    LeadKey               int            NOT NULL,
    CampaignKey           int            NOT NULL,
    ActivityTypeKey       int            NOT NULL,
    ActivityDateKey       int            NOT NULL,
    ActivityAtUtc         datetime2(3)   NOT NULL,
    MarketoLeadId         int            NOT NULL,
    PrimaryAttributeValue nvarchar(255)  NULL,
    ScoreDelta            int            NULL,     -- Change Score activities only
    BatchId               int            NOT NULL,
    CONSTRAINT UQ_FactMarketingActivity_MarketoGuid UNIQUE (MarketoGuid),
    CONSTRAINT PK_FactMarketingActivity PRIMARY KEY NONCLUSTERED (MarketingActivityKey),
    CONSTRAINT FK_FactMarketingActivity_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactMarketingActivity_DimCampaign_CampaignKey FOREIGN KEY (CampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactMarketingActivity_DimActivityType_ActivityTypeKey FOREIGN KEY (ActivityTypeKey) REFERENCES dw.DimActivityType (ActivityTypeKey),
    CONSTRAINT FK_FactMarketingActivity_DimDate_ActivityDateKey FOREIGN KEY (ActivityDateKey) REFERENCES dw.DimDate (DateKey)
);
