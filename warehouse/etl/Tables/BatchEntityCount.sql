-- One row per batch per entity (source file or warehouse table): rows read, inserted, updated, deleted and rejected.
CREATE TABLE etl.BatchEntityCount
(
    BatchId              int           NOT NULL,
    EntityName           varchar(100)  NOT NULL,
    RowsRead             int           NOT NULL,
    RowsInserted         int           NOT NULL,
    RowsUpdated          int           NOT NULL,
    RowsDeleted          int           NOT NULL,
    RowsRejected         int           NOT NULL,
    DurationMilliseconds int           NULL,
    CONSTRAINT PK_BatchEntityCount PRIMARY KEY (BatchId, EntityName)
);
