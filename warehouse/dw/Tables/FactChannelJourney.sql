-- One row per person with at least one touch in the journey window: the channels of their touches in time order, up to their
-- conversion (the configured event) or, without one, every touch up to the as-of instant. The input of the data-driven models.
CREATE TABLE dw.FactChannelJourney
(
    ChannelJourneyKey int            IDENTITY(1,1) NOT NULL,
    LeadKey           int            NOT NULL,
    ChannelPath       varchar(max)   NOT NULL, -- channel names in touch order, separated by ' > '
    TouchCount        int            NOT NULL,
    DistinctChannels  int            NOT NULL,
    FirstChannel      varchar(30)    NOT NULL,
    LastChannel       varchar(30)    NOT NULL,
    IsConverted       bit            NOT NULL,
    ConversionEvent   varchar(30)    NOT NULL, -- Won, or the stage category configured as the conversion
    EndedAtUtc        datetime2(3)   NOT NULL, -- the conversion, else the last touch
    EndDateKey        int            NOT NULL,
    Revenue           decimal(19,4)  NOT NULL, -- won amount of the converting opportunity; 0 when not converted
    BatchId           int            NOT NULL,
    CONSTRAINT UQ_FactChannelJourney_LeadKey UNIQUE (LeadKey),
    CONSTRAINT PK_FactChannelJourney PRIMARY KEY (ChannelJourneyKey),
    CONSTRAINT FK_FactChannelJourney_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactChannelJourney_DimDate_EndDateKey FOREIGN KEY (EndDateKey) REFERENCES dw.DimDate (DateKey)
);
