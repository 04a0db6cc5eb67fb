-- One row per opportunity the latest batch rebuilt the attribution of (FactAttribution), and why. Filled inside the batch
-- transaction; attribution rows are replaced only within this set. Empty after a batch that rebuilt every opportunity's.
CREATE TABLE etl.RecomputeOpportunity
(
    SalesforceOpportunityId varchar(18)  NOT NULL,
    Reason                  varchar(60)  NOT NULL, -- the first reason found, e.g. 'Opportunity changed' or 'Lead touches changed'
    BatchId                 int          NOT NULL, -- the batch that listed it (the table is emptied by every batch)
    CONSTRAINT PK_RecomputeOpportunity PRIMARY KEY (SalesforceOpportunityId)
);
