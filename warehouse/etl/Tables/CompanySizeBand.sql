-- One row per company size band of the configuration (funnel.json companySizeBands), in its order: the employee counts it covers
-- (from one more than the previous band's maximum; no minimum for the first band, no maximum for an open last band). Every batch
-- rewrites it from the configuration, so prep views band companies inside the engine.
CREATE TABLE etl.CompanySizeBand
(
    BandNumber   int           NOT NULL, -- 1 for the first configured band
    BandName     varchar(20)   NOT NULL,
    MinEmployees int           NULL,
    MaxEmployees int           NULL,
    BatchId      int           NOT NULL,
    CONSTRAINT PK_CompanySizeBand PRIMARY KEY (BandNumber)
);
