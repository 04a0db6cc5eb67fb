-- One row per touch x opportunity x attribution model: the touch's weight and its share of pipeline and revenue. An opportunity
-- with no touch in the lookback window has one row per model with TouchId 'Unattributed' (campaign 0, weight 1), so totals reconcile.
CREATE TABLE dw.FactAttribution
(
    AttributionKey            bigint         IDENTITY(1,1) NOT NULL,
    SalesforceOpportunityId   varchar(18)    NOT NULL,
    TouchId                   varchar(64)    NOT NULL, -- Marketo activity GUID or Salesforce campaign member id
    AttributionModelKey       int            NOT NULL,
    TouchSourceSystem         varchar(20)    NOT NULL, -- Marketo | Salesforce | None (unattributed)
    LeadKey                   int            NOT NULL,
    AccountKey                int            NOT NULL,
    CampaignKey               int            NOT NULL,
    ActivityTypeKey           int            NOT NULL, -- 0 for campaign-member touches
    TouchDateKey              int            NOT NULL,
    TouchAtUtc                datetime2(3)   NOT NULL,
    TouchSequenceNumber       int            NOT NULL, -- 1 = first touch on the path
    TouchCount                int            NOT NULL, -- touches on the opportunity's path
    TouchPosition             varchar(100)   NOT NULL, -- the named positions it holds, e.g. FirstTouch+LeadCreation; Middle; Unattributed
    OpportunityCreatedDateKey int            NOT NULL,
    WonDateKey                int            NULL,
    IsNewCustomer             bit            NOT NULL, -- the opportunity is a won New opportunity: Weight is this touch's share of one new customer
    Weight                    decimal(9,6)   NOT NULL, -- the touch's share; weights of one opportunity and model sum to 1
    AttributedPipeline        decimal(19,4)  NOT NULL,
    AttributedRevenue         decimal(19,4)  NOT NULL, -- 0 unless the opportunity is won
    BatchId                   int            NOT NULL,
    CONSTRAINT UQ_FactAttribution_SalesforceOpportunityId_TouchId_AttributionModelKey UNIQUE (SalesforceOpportunityId, TouchId, AttributionModelKey),
    CONSTRAINT PK_FactAttribution PRIMARY KEY NONCLUSTERED (AttributionKey),
    CONSTRAINT FK_FactAttribution_DimAttributionModel_AttributionModelKey FOREIGN KEY (AttributionModelKey) REFERENCES dw.DimAttributionModel (AttributionModelKey),
    CONSTRAINT FK_FactAttribution_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactAttribution_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactAttribution_DimCampaign_CampaignKey FOREIGN KEY (CampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactAttribution_DimActivityType_ActivityTypeKey FOREIGN KEY (ActivityTypeKey) REFERENCES dw.DimActivityType (ActivityTypeKey),
    CONSTRAINT FK_FactAttribution_DimDate_TouchDateKey FOREIGN KEY (TouchDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactAttribution_DimDate_OpportunityCreatedDateKey FOREIGN KEY (OpportunityCreatedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactAttribution_DimDate_WonDateKey FOREIGN KEY (WonDateKey) REFERENCES dw.DimDate (DateKey)
);
