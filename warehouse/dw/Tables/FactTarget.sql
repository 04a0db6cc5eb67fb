-- One row per month x team or rep x metric from the targets file (e.g. MQLs, SALs, bookings).
CREATE TABLE dw.FactTarget
(
    TargetKey         int            IDENTITY(1,1) NOT NULL,
    MonthStartDateKey int            NOT NULL,
    TargetLevel       varchar(10)    NOT NULL, -- Team | Rep
    TargetFor         nvarchar(100)  NOT NULL, -- the team name or the rep's Salesforce user id, as in the targets file
    Metric            varchar(30)    NOT NULL,
    Team              nvarchar(100)  NULL,
    RepKey            int            NOT NULL, -- 0 for team targets; the rep version valid at the month start otherwise
    TargetValue       decimal(19,4)  NOT NULL,
    BatchId           int            NOT NULL,
    CONSTRAINT UQ_FactTarget_MonthStartDateKey_TargetLevel_TargetFor_Metric UNIQUE (MonthStartDateKey, TargetLevel, TargetFor, Metric),
    CONSTRAINT PK_FactTarget PRIMARY KEY (TargetKey),
    CONSTRAINT FK_FactTarget_DimDate_MonthStartDateKey FOREIGN KEY (MonthStartDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactTarget_DimRep_RepKey FOREIGN KEY (RepKey) REFERENCES dw.DimRep (RepKey),
    CONSTRAINT CK_FactTarget_TargetLevel CHECK (TargetLevel IN ('Team', 'Rep'))
);
