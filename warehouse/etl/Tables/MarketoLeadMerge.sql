-- One row per Marketo lead merged into another (Merge Leads activities, type 32): the losing id and the lead that survived,
-- followed through chains (a lead merged into one that was later merged again points at the last survivor). Activities logged
-- under a losing id belong to the survivor in FactMarketingActivity, the lead facts and attribution.
CREATE TABLE etl.MarketoLeadMerge
(
    LosingMarketoLeadId  int           NOT NULL,
    WinningMarketoLeadId int           NOT NULL,
    MergedAtUtc          datetime2(3)  NOT NULL, -- the Merge Leads activity that retired the losing id
    MarketoGuid          varchar(64)   NOT NULL, -- that activity
    BatchId              int           NOT NULL,
    CONSTRAINT PK_MarketoLeadMerge PRIMARY KEY (LosingMarketoLeadId)
);
