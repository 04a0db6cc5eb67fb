-- One row per source entity: the highest source modification time loaded so far (incremental loads start after it).
CREATE TABLE etl.Watermark
(
    EntityName   varchar(100)  NOT NULL,
    WatermarkUtc datetime2(3)  NOT NULL,
    BatchId      int           NOT NULL,
    UpdatedAtUtc datetime2(3)  NOT NULL,
    CONSTRAINT PK_Watermark PRIMARY KEY (EntityName)
);
