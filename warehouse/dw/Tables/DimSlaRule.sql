-- One row per SLA rule defined in the funnel configuration (role, start stage, stop stages or event, target in business hours).
CREATE TABLE dw.DimSlaRule
(
    SlaRuleKey          int            IDENTITY(1,1) NOT NULL,
    SlaRuleName         nvarchar(100)  NOT NULL,
    SlaRole             varchar(30)    NULL,     -- what reports read the rule for: handoff | speedToLead | qualification
    StartStage          nvarchar(100)  NOT NULL,
    StopStages          nvarchar(400)  NULL,     -- stage names separated by ' | '
    StopEvent           varchar(30)    NULL,     -- e.g. FirstSalesTouch
    TargetBusinessHours decimal(9,2)   NOT NULL,
    CalendarName        nvarchar(100)  NOT NULL,
    Description         nvarchar(400)  NULL,
    BatchId             int            NOT NULL,
    CONSTRAINT UQ_DimSlaRule_SlaRuleName UNIQUE (SlaRuleName),
    CONSTRAINT PK_DimSlaRule PRIMARY KEY (SlaRuleKey)
);
