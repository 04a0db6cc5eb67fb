-- One row per SLA clock started (lead x rule x start time); open clocks are evaluated as of the batch's as-of instant, and every
-- batch re-evaluates the leads with an open clock or one on the exception list.
CREATE TABLE dw.FactSlaClock
(
    SlaClockKey          int            IDENTITY(1,1) NOT NULL,
    LeadKey              int            NOT NULL,
    SlaRuleKey           int            NOT NULL,
    StartedAtUtc         datetime2(3)   NOT NULL,
    CycleNumber          smallint       NOT NULL,
    OwnerRepKey          int            NOT NULL, -- the lead owner when the clock started
    PersonaKey           int            NOT NULL,
    StartedDateKey       int            NOT NULL,
    DueAtUtc             datetime2(3)   NOT NULL,
    DueDateKey           int            NOT NULL,
    ResolvedAtUtc        datetime2(3)   NULL,
    ResolvedDateKey      int            NULL,
    ResolutionStageKey   int            NULL,     -- the stop stage reached; NULL when stopped by an event or still open
    Resolution           varchar(30)    NULL,     -- Accepted, Recycled, Disqualified, FirstSalesTouch ...
    ElapsedBusinessHours decimal(12,2)  NOT NULL, -- to ResolvedAtUtc, or to AsOfUtc while open
    TargetBusinessHours  decimal(9,2)   NOT NULL,
    HoursOverdue         decimal(12,2)  NOT NULL, -- business hours past the target; 0 when within target
    Status               varchar(10)    NOT NULL, -- Met | Breached | Open
    IsMet                bit            NOT NULL,
    IsBreached           bit            NOT NULL,
    IsOpen               bit            NOT NULL,
    IsOpenOverdue        bit            NOT NULL,
    IsOnExceptionList          bit            NOT NULL, -- open and past due, or breached and resolved within the exception window before AsOfUtc
    AsOfUtc              datetime2(3)   NOT NULL, -- the instant the figures hold at: the batch's as-of while open, ResolvedAtUtc once resolved
    BatchId              int            NOT NULL,
    CONSTRAINT UQ_FactSlaClock_LeadKey_SlaRuleKey_StartedAtUtc UNIQUE (LeadKey, SlaRuleKey, StartedAtUtc),
    CONSTRAINT PK_FactSlaClock PRIMARY KEY (SlaClockKey),
    CONSTRAINT FK_FactSlaClock_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactSlaClock_DimSlaRule_SlaRuleKey FOREIGN KEY (SlaRuleKey) REFERENCES dw.DimSlaRule (SlaRuleKey),
    CONSTRAINT FK_FactSlaClock_DimRep_OwnerRepKey FOREIGN KEY (OwnerRepKey) REFERENCES dw.DimRep (RepKey),
    CONSTRAINT FK_FactSlaClock_DimPersona_PersonaKey FOREIGN KEY (PersonaKey) REFERENCES dw.DimPersona (PersonaKey),
    CONSTRAINT FK_FactSlaClock_DimDate_StartedDateKey FOREIGN KEY (StartedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactSlaClock_DimDate_DueDateKey FOREIGN KEY (DueDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactSlaClock_DimDate_ResolvedDateKey FOREIGN KEY (ResolvedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactSlaClock_DimStage_ResolutionStageKey FOREIGN KEY (ResolutionStageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT CK_FactSlaClock_Status CHECK (Status IN ('Met', 'Breached', 'Open'))
);
