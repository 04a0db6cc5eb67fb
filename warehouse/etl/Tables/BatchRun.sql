-- One row per ETL batch run: when it ran, as of when, on which engine and mode, and how it ended.
CREATE TABLE etl.BatchRun
(
    BatchId       int            IDENTITY(1,1) NOT NULL,
    StartedAtUtc  datetime2(3)   NOT NULL,
    FinishedAtUtc datetime2(3)   NULL,     -- NULL while running or after a crash
    Status        varchar(20)    NOT NULL, -- Running | Succeeded | Failed | Rejected
    AsOfUtc       datetime2(3)   NOT NULL, -- the instant open SLA clocks and snapshots are evaluated at
    Engine        varchar(20)    NOT NULL, -- SqlServer | DuckDb
    Mode          varchar(20)    NOT NULL, -- Full | Incremental
    SourcePath    nvarchar(400)  NULL,
    ExitCode      int            NULL,
    Message       nvarchar(max)  NULL,
    Host          nvarchar(128)  NULL,
    Notes         nvarchar(max)  NULL,     -- warnings about the input (missing files or columns, emptied fields …), one per line
    CONSTRAINT PK_BatchRun PRIMARY KEY (BatchId)
);
