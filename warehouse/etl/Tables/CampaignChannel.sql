-- One row per campaign type the configuration maps to a marketing channel (funnel.json campaignChannels). Every batch rewrites it
-- from the configuration, so prep.Campaign looks channels up inside the engine instead of the ETL reading campaigns row by row.
CREATE TABLE etl.CampaignChannel
(
    CampaignType nvarchar(255) NOT NULL,
    Channel      varchar(30)   NOT NULL,
    BatchId      int           NOT NULL,
    CONSTRAINT PK_CampaignChannel PRIMARY KEY (CampaignType)
);
