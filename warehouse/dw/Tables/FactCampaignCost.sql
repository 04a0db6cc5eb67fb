-- One row per campaign per calendar month: the campaign's actual cost spread over the months it ran.
CREATE TABLE dw.FactCampaignCost
(
    CampaignCostKey   int            IDENTITY(1,1) NOT NULL,
    CampaignKey       int            NOT NULL,
    MonthStartDateKey int            NOT NULL, -- the first day of the month
    ActualCost        decimal(19,4)  NOT NULL,
    BudgetedCost      decimal(19,4)  NULL,
    AllocationMethod  varchar(20)    NOT NULL, -- ProratedByDays | StartMonth
    BatchId           int            NOT NULL,
    CONSTRAINT UQ_FactCampaignCost_CampaignKey_MonthStartDateKey UNIQUE (CampaignKey, MonthStartDateKey),
    CONSTRAINT PK_FactCampaignCost PRIMARY KEY (CampaignCostKey),
    CONSTRAINT FK_FactCampaignCost_DimCampaign_CampaignKey FOREIGN KEY (CampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactCampaignCost_DimDate_MonthStartDateKey FOREIGN KEY (MonthStartDateKey) REFERENCES dw.DimDate (DateKey)
);
