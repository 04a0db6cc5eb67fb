-- One row per funnel stage defined in the funnel configuration (Inquiry .. Closed Won, Recycled, Disqualified, Unmapped).
CREATE TABLE dw.DimStage
(
    StageKey   int            IDENTITY(1,1) NOT NULL,
    StageName  nvarchar(100)  NOT NULL,
    SortOrder  smallint       NOT NULL,
    OwnerTeam  varchar(10)    NOT NULL, -- Marketing | Sales | Shared
    Category   varchar(20)    NOT NULL, -- Inquiry, MQL, Handoff, SAL, SQL, Opportunity, Won, Lost, Recycled, Disqualified
    IsHandoff  bit            NOT NULL,
    IsTerminal bit            NOT NULL,
    IsWon      bit            NOT NULL,
    BatchId    int            NOT NULL,
    CONSTRAINT UQ_DimStage_StageName UNIQUE (StageName),
    CONSTRAINT PK_DimStage PRIMARY KEY (StageKey)
);
