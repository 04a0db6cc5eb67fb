-- One row per Marketo activity type id seen or documented; unknown ids are kept and categorised Other.
CREATE TABLE dw.DimActivityType
(
    ActivityTypeKey       int            IDENTITY(1,1) NOT NULL,
    MarketoActivityTypeId int            NOT NULL,
    ActivityTypeName      nvarchar(100)  NOT NULL,
    ActivityCategory      varchar(20)    NOT NULL, -- Web, Form, Email, Scoring, Lifecycle, Data, Event, Other
    IsCustom              bit            NOT NULL, -- ids >= 100000
    IsAttributionTouch    bit            NOT NULL CONSTRAINT DF_DimActivityType_IsAttributionTouch DEFAULT (0), -- attribution.marketoTouchActivityTypes lists it
    BatchId               int            NOT NULL,
    CONSTRAINT UQ_DimActivityType_MarketoActivityTypeId UNIQUE (MarketoActivityTypeId),
    CONSTRAINT PK_DimActivityType PRIMARY KEY (ActivityTypeKey)
);
