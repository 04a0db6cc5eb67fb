-- One row per lead per stage entry, across the lead and opportunity funnel (transaction grain); the heart of the model.
CREATE TABLE dw.FactStageHistory
(
    StageHistoryKey         bigint         IDENTITY(1,1) NOT NULL,
    LeadKey                 int            NOT NULL,
    SequenceNumber          int            NOT NULL, -- 1, 2, ... in time order within the lead
    CycleNumber             smallint       NOT NULL, -- starts at 1, increments on each recycle
    StageKey                int            NOT NULL,
    PreviousStageKey        int            NULL,     -- NULL for the lead's first stage entry
    NextStageKey            int            NULL,     -- NULL while the lead is still in this stage
    SalesforceOpportunityId varchar(18)    NULL,
    EnteredAtUtc            datetime2(3)   NOT NULL,
    ExitedAtUtc             datetime2(3)   NULL,
    EnteredDateKey          int            NOT NULL,
    ExitedDateKey           int            NULL,
    OwnerRepKey             int            NOT NULL, -- the owner at entry (the rep version valid at EnteredAtUtc)
    PersonaKey              int            NOT NULL,
    CampaignKey             int            NOT NULL,
    DurationHours           decimal(12,2)  NULL,     -- elapsed clock hours in the stage; NULL while current
    BusinessHours           decimal(12,2)  NULL,     -- working hours in the owner's calendar; NULL while current
    DaysFromInquiry            decimal(9,2)   NULL,     -- days from the lead's first inquiry to entering this stage
    DaysFromOpportunityStart   decimal(9,2)   NULL,     -- opportunity stages only: days from the opportunity's first stage (sales cycle at Closed Won)
    IsCurrent               bit            NOT NULL,
    SourceSystem            varchar(20)    NOT NULL, -- Salesforce | Marketo | Derived
    SourceValue             nvarchar(255)  NULL,     -- the source status or stage name mapped to this stage
    RecycleReason           nvarchar(255)  NULL,     -- on a recycle (Handoff/SAL/SQL -> Recycled): the rejection reason in force then
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_FactStageHistory_LeadKey_SequenceNumber UNIQUE (LeadKey, SequenceNumber),
    CONSTRAINT PK_FactStageHistory PRIMARY KEY NONCLUSTERED (StageHistoryKey),
    CONSTRAINT FK_FactStageHistory_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactStageHistory_DimStage_StageKey FOREIGN KEY (StageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT FK_FactStageHistory_DimStage_PreviousStageKey FOREIGN KEY (PreviousStageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT FK_FactStageHistory_DimStage_NextStageKey FOREIGN KEY (NextStageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT FK_FactStageHistory_DimDate_EnteredDateKey FOREIGN KEY (EnteredDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactStageHistory_DimDate_ExitedDateKey FOREIGN KEY (ExitedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactStageHistory_DimRep_OwnerRepKey FOREIGN KEY (OwnerRepKey) REFERENCES dw.DimRep (RepKey),
    CONSTRAINT FK_FactStageHistory_DimPersona_PersonaKey FOREIGN KEY (PersonaKey) REFERENCES dw.DimPersona (PersonaKey),
    CONSTRAINT FK_FactStageHistory_DimCampaign_CampaignKey FOREIGN KEY (CampaignKey) REFERENCES dw.DimCampaign (CampaignKey)
);
