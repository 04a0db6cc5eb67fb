-- One row per source row rejected, block of lines not parsed, or field emptied by a batch, with the reason and the raw text;
-- nothing is silently lost.
CREATE TABLE etl.RejectedRow
(
    RejectedRowId bigint          IDENTITY(1,1) NOT NULL,
    BatchId       int             NOT NULL,
    SourceFile    nvarchar(260)   NOT NULL,
    LineNumber    int             NOT NULL,
    FieldName     nvarchar(128)   NULL,
    FieldValue    nvarchar(4000)  NULL,
    Reason        nvarchar(1000)  NOT NULL,
    RawText       nvarchar(max)   NULL,     -- the record as it stood, capped at 4,000 characters
    RejectedAtUtc datetime2(3)    NOT NULL,
    RawTextLength int             NULL,     -- the record's length before capping
    LastLineNumber int            NULL,     -- last physical line of a multi-line record or of a block
    Action        varchar(20)     NULL,     -- RowRejected | FieldEmptied (bad non-essential field, row kept) | BlockRejected
    CONSTRAINT PK_RejectedRow PRIMARY KEY (RejectedRowId)
);
