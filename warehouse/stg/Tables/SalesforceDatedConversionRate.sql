-- One row per Salesforce dated exchange rate (DatedConversionRate.csv): units of IsoCode per one unit of the corporate currency.
CREATE TABLE stg.SalesforceDatedConversionRate
(
    Id             varchar(18)    NOT NULL,
    IsoCode        char(3)        NULL,
    ConversionRate decimal(19,9)  NULL,
    StartDate      date           NULL,
    NextStartDate  date           NULL,     -- exclusive; empty = still valid
    BatchId        int            NOT NULL,
    SourceFile     nvarchar(260)  NOT NULL,
    SourceLine     int            NOT NULL,
    CONSTRAINT PK_SalesforceDatedConversionRate PRIMARY KEY (Id)
);
