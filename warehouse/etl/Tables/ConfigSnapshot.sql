-- One row per batch per configuration file: the exact configuration a batch ran with.
CREATE TABLE etl.ConfigSnapshot
(
    BatchId       int            NOT NULL,
    ConfigName    nvarchar(260)  NOT NULL,
    ContentSha256 char(64)       NOT NULL,
    Content       nvarchar(max)  NOT NULL,
    CONSTRAINT PK_ConfigSnapshot PRIMARY KEY (BatchId, ConfigName)
);
