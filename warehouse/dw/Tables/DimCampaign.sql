-- One row per Salesforce campaign, linked to its Marketo program when Marketo_Program_Id__c is set.
CREATE TABLE dw.DimCampaign
(
    CampaignKey                int            IDENTITY(1,1) NOT NULL,
    SalesforceCampaignId       varchar(18)    NOT NULL,
    MarketoProgramId           int            NULL,
    CampaignName               nvarchar(255)  NOT NULL,
    CampaignType               nvarchar(255)  NULL,
    Channel                    varchar(30)    NOT NULL, -- derived from the campaign type: Paid, Email, Events, Organic, Referral ...
    Status                     nvarchar(255)  NULL,
    ParentSalesforceCampaignId varchar(18)    NULL,
    StartDateKey               int            NULL,
    EndDateKey                 int            NULL,
    BudgetedCost               decimal(19,4)  NULL,
    ActualCost                 decimal(19,4)  NULL,
    ExpectedRevenue            decimal(19,4)  NULL,
    IsActive                   bit            NOT NULL,
    CreatedAtUtc               datetime2(3)   NULL,
    IsDeleted                  bit            NOT NULL,
    BatchId                    int            NOT NULL,
    CONSTRAINT UQ_DimCampaign_SalesforceCampaignId UNIQUE (SalesforceCampaignId),
    CONSTRAINT PK_DimCampaign PRIMARY KEY (CampaignKey),
    CONSTRAINT FK_DimCampaign_DimDate_StartDateKey FOREIGN KEY (StartDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_DimCampaign_DimDate_EndDateKey FOREIGN KEY (EndDateKey) REFERENCES dw.DimDate (DateKey)
);
