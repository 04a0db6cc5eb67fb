-- One row per batch that loaded the cost facts, only the latest kept: the instant it evaluated them at (its as-of, which may come
-- from the data, so etl.BatchRun learns it only when the batch ends). prep.CampaignCost spreads cost to date up to this date.
CREATE TABLE etl.BatchAsOf
(
    BatchId int          NOT NULL,
    AsOfUtc datetime2(3) NOT NULL,
    CONSTRAINT PK_BatchAsOf PRIMARY KEY (BatchId)
);
