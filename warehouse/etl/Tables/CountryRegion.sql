-- One row per country name the configuration maps to a sales region (funnel.json regions), upper-cased: countries match it
-- trimmed and upper-cased, so the look-up ignores case on every engine. Every batch rewrites it from the configuration.
CREATE TABLE etl.CountryRegion
(
    CountryKey nvarchar(80)  NOT NULL,
    Region     varchar(20)   NOT NULL,
    BatchId    int           NOT NULL,
    CONSTRAINT PK_CountryRegion PRIMARY KEY (CountryKey)
);
