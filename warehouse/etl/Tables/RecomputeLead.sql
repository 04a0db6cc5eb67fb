-- One row per lead the latest batch rebuilt the lead facts for (FactStageHistory, FactLeadFunnel, FactSlaClock), and why.
-- Filled inside the batch transaction before those facts are rebuilt; their missing rows are deleted only within this set.
-- Empty after a batch that recomputed every lead (first load, changed configuration, or most leads touched).
CREATE TABLE etl.RecomputeLead
(
    LeadKey          int          NOT NULL,
    SalesforceLeadId varchar(18)  NOT NULL,
    Reason           varchar(60)  NOT NULL, -- the first reason found, e.g. 'Lead history changed' or 'Open or listed SLA clock'
    BatchId          int          NOT NULL, -- the batch that listed it (the table is emptied by every batch)
    CONSTRAINT PK_RecomputeLead PRIMARY KEY (LeadKey)
);
