-- One row per account the latest batch rebuilt the account facts of (FactAccountStageHistory, FactBuyingGroupCoverage), and
-- why. Filled inside the batch transaction in two steps: before the people and deals are updated (the accounts they may leave),
-- then before the account facts (the accounts whose people, touches, deals or own row changed); their rows are replaced only
-- within this set. Empty after a batch that rebuilt every account's facts.
CREATE TABLE etl.RecomputeAccount
(
    AccountKey int          NOT NULL,
    Reason     varchar(60)  NOT NULL, -- the first reason found, e.g. 'Person moved away' or 'Touches changed'
    BatchId    int          NOT NULL, -- the batch that listed it (the table is emptied by every batch)
    CONSTRAINT PK_RecomputeAccount PRIMARY KEY (AccountKey)
);
