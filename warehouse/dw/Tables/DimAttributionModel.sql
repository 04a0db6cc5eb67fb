-- One row per attribution model defined in the funnel configuration (first touch, linear, U-shaped, W-shaped, time decay ...).
CREATE TABLE dw.DimAttributionModel
(
    AttributionModelKey       int            IDENTITY(1,1) NOT NULL,
    ModelName                 nvarchar(100)  NOT NULL,
    ModelType                 varchar(20)    NOT NULL, -- FirstTouch, LeadCreation, LastTouch, Linear, PositionBased, TimeDecay
    Description               nvarchar(400)  NULL,
    FirstTouchWeight          decimal(9,6)   NULL,
    LeadCreationWeight        decimal(9,6)   NULL,
    OpportunityCreationWeight decimal(9,6)   NULL,
    ClosedWonWeight           decimal(9,6)   NULL,
    MiddleWeight              decimal(9,6)   NULL,     -- shared by the touches between the named positions
    HalfLifeDays              decimal(9,2)   NULL,
    LookbackDays              int            NOT NULL,
    IsDefault                 bit            NOT NULL, -- the model used for CAC and campaign ROI unless another is chosen
    ContactMode               varchar(20)    NULL,     -- whose touches form the path (attribution.contactMode); NULL: Unknown
    BatchId                   int            NOT NULL,
    CONSTRAINT UQ_DimAttributionModel_ModelName UNIQUE (ModelName),
    CONSTRAINT PK_DimAttributionModel PRIMARY KEY (AttributionModelKey)
);
