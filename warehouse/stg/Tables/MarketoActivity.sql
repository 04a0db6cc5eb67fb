-- One row per Marketo activity from the bulk activity extract (MarketoActivities.csv).
CREATE TABLE stg.MarketoActivity
(
    marketoGUID             varchar(64)    NOT NULL,
    leadId                  int            NULL,
    activityDate            datetime2(3)   NULL,
    activityTypeId          int            NULL,
    campaignId              int            NULL,
    primaryAttributeValueId int            NULL,
    primaryAttributeValue   nvarchar(255)  NULL,
    attributes              nvarchar(max)  NULL,
    scoreDelta              int            NULL,     -- typed at staging: "Change Value" of a Change Score activity's attributes
    BatchId                 int            NOT NULL,
    SourceFile              nvarchar(260)  NOT NULL,
    SourceLine              int            NOT NULL,
    CONSTRAINT PK_MarketoActivity PRIMARY KEY (marketoGUID)
);
