-- One row per account per account-funnel stage reached (Target, Engaged, MQA, Opportunity, Customer): the day it entered the
-- stage, days from the previous stage and from Target, and who engaged it first. Entry days never decrease along the funnel: a stage
-- reached only through a later one (an opportunity without an MQA) enters with it and is flagged IsInferred.
CREATE TABLE dw.FactAccountStageHistory
(
    AccountStageHistoryKey  int            IDENTITY(1,1) NOT NULL,
    AccountKey              int            NOT NULL,
    StageNumber             smallint       NOT NULL, -- 1 Target, 2 Engaged, 3 MQA, 4 Opportunity, 5 Customer
    StageName               varchar(20)    NOT NULL,
    EnteredDateKey          int            NOT NULL,
    DaysFromPreviousStage   int            NULL,     -- NULL on Target
    DaysFromTarget          int            NOT NULL,
    IsInferred              bit            NOT NULL, -- entered with a later stage, not by its own rule
    IsCurrent               bit            NOT NULL, -- the account's furthest stage
    Segment                 varchar(20)    NOT NULL, -- dw.DimAccount.Segment
    FirstEngagedLeadKey     int            NOT NULL, -- the person of the account's first touch; 0 when never touched
    FirstEngagedPersonaKey  int            NOT NULL, -- that person's persona (first funnel cycle); 0 when unknown
    FirstEngagedCampaignKey int            NOT NULL, -- the campaign of the first touch; 0 when none
    FirstEngagedChannel     varchar(30)    NOT NULL, -- the channel of that campaign; 'Not engaged' when never touched
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_FactAccountStageHistory_AccountKey_StageNumber UNIQUE (AccountKey, StageNumber),
    CONSTRAINT PK_FactAccountStageHistory PRIMARY KEY NONCLUSTERED (AccountStageHistoryKey),
    CONSTRAINT FK_FactAccountStageHistory_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactAccountStageHistory_DimDate_EnteredDateKey FOREIGN KEY (EnteredDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactAccountStageHistory_DimLead_FirstEngagedLeadKey
        FOREIGN KEY (FirstEngagedLeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactAccountStageHistory_DimPersona_FirstEngagedPersonaKey
        FOREIGN KEY (FirstEngagedPersonaKey) REFERENCES dw.DimPersona (PersonaKey),
    CONSTRAINT FK_FactAccountStageHistory_DimCampaign_FirstEngagedCampaignKey
        FOREIGN KEY (FirstEngagedCampaignKey) REFERENCES dw.DimCampaign (CampaignKey)
);
