-- One row per snapshot day per opportunity open at the end of that day (periodic snapshot, rebuilt from OpportunityHistory): its
-- stage, amount (reporting currency), probability and close date as they stood at 24:00 UTC. Snapshot days are every Sunday
-- (IsWeekEnd, the weekly trend) and every calendar month's last day (IsMonthEnd, month-end pipeline); filter one before adding up.
CREATE TABLE dw.FactPipelineSnapshot
(
    PipelineSnapshotKey     bigint         IDENTITY(1,1) NOT NULL,
    SnapshotDateKey         int            NOT NULL,
    SalesforceOpportunityId varchar(18)    NOT NULL,
    StageKey                int            NOT NULL,
    AccountKey              int            NOT NULL,
    OwnerRepKey             int            NOT NULL,
    PrimaryCampaignKey      int            NOT NULL,
    CloseDateKey            int            NULL,
    TypeCategory            varchar(20)    NOT NULL,
    ForecastCategory        nvarchar(40)   NULL,
    Amount                  decimal(19,4)  NULL,     -- reporting currency, at the opportunity's exchange rate
    Probability             int            NULL,
    WeightedAmount          decimal(19,4)  NULL,
    DaysInStage             int            NOT NULL,
    AgeDays                 int            NOT NULL, -- days since the opportunity was created
    IsWeekEnd               bit            NOT NULL, -- a Sunday: the weekly snapshot
    IsMonthEnd              bit            NOT NULL, -- the last day of a calendar month: the month-end snapshot
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_FactPipelineSnapshot_SnapshotDateKey_SalesforceOpportunityId UNIQUE (SnapshotDateKey, SalesforceOpportunityId),
    CONSTRAINT PK_FactPipelineSnapshot PRIMARY KEY NONCLUSTERED (PipelineSnapshotKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimDate_SnapshotDateKey FOREIGN KEY (SnapshotDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimStage_StageKey FOREIGN KEY (StageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimRep_OwnerRepKey FOREIGN KEY (OwnerRepKey) REFERENCES dw.DimRep (RepKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimCampaign_PrimaryCampaignKey FOREIGN KEY (PrimaryCampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactPipelineSnapshot_DimDate_CloseDateKey FOREIGN KEY (CloseDateKey) REFERENCES dw.DimDate (DateKey)
);
