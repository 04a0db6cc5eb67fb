-- One row per source row (or field) rejected by a batch, with the reason and the raw text; nothing is silently lost.
CREATE TABLE etl.RejectedRow
(
    RejectedRowId bigint          IDENTITY(1,1) NOT NULL,
    BatchId       int             NOT NULL,
    SourceFile    nvarchar(260)   NOT NULL,
    LineNumber    int             NOT NULL,
    FieldName     nvarchar(128)   NULL,
    FieldValue    nvarchar(4000)  NULL,
    Reason        nvarchar(1000)  NOT NULL,
    RawText       nvarchar(max)   NULL,
    RejectedAtUtc datetime2(3)    NOT NULL,
    CONSTRAINT PK_RejectedRow PRIMARY KEY (RejectedRowId)
);
