-- One row per batch per configuration file: the exact configuration a batch ran with, and the build of the transforms that ran it
-- (a different configuration or build makes the next batch rebuild every lead, not only those its delta touched).
CREATE TABLE etl.ConfigSnapshot
(
    BatchId       int            NOT NULL,
    ConfigName    nvarchar(260)  NOT NULL,
    ContentSha256 char(64)       NOT NULL,
    Content       nvarchar(max)  NOT NULL,
    TransformBuild char(32)      NULL,     -- module version id of Smarketing.Etl.dll (deterministic build: changes when the code does)
    AttributionContactMode varchar(20) NULL, -- whose touches the batch's attribution followed (attribution.contactMode)
    CONSTRAINT PK_ConfigSnapshot PRIMARY KEY (BatchId, ConfigName)
);
