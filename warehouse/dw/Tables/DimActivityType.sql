-- One row per Marketo activity type id seen or documented; unknown ids are kept and categorised Other.
CREATE TABLE dw.DimActivityType
(
    ActivityTypeKey       int            IDENTITY(1,1) NOT NULL,
    MarketoActivityTypeId int            NOT NULL,
    ActivityTypeName      nvarchar(100)  NOT NULL,
    ActivityCategory      varchar(20)    NOT NULL, -- Web, Form, Email, Scoring, Lifecycle, Data, Event, Other
    IsCustom              bit            NOT NULL, -- ids >= 100000
    BatchId               int            NOT NULL,
    CONSTRAINT UQ_DimActivityType_MarketoActivityTypeId UNIQUE (MarketoActivityTypeId),
    CONSTRAINT PK_DimActivityType PRIMARY KEY (ActivityTypeKey)
);
