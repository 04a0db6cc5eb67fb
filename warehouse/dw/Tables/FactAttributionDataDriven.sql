-- One row per period x channel x data-driven model (Markov | Shapley): the conversions credited to the channel, its share of all
-- credited conversions with the bootstrap interval (P5..P95), and the won revenue shared the same way. Period 'All' covers every
-- journey; a quarter ('2024-Q3') covers the journeys that ended in it (at conversion, else at their last touch).
CREATE TABLE dw.FactAttributionDataDriven
(
    AttributionDataDrivenKey int            IDENTITY(1,1) NOT NULL,
    Period                   varchar(10)    NOT NULL, -- All | yyyy-Qn (calendar quarter)
    PeriodStartDate          date           NULL,     -- the quarter's first day; NULL for All
    Channel                  varchar(30)    NOT NULL, -- dw.DimCampaign.Channel
    ModelName                varchar(20)    NOT NULL, -- Markov | Shapley
    ConversionEvent          varchar(30)    NOT NULL, -- Won, or the stage category configured as the conversion (e.g. SQL)
    Journeys                 int            NOT NULL, -- journeys of the period with at least one touch (every channel)
    ConvertedJourneys        int            NOT NULL, -- of those, the ones that converted
    ChannelJourneys          int            NOT NULL, -- journeys of the period that touched this channel
    CreditedConversions      decimal(19,6)  NOT NULL, -- sums to ConvertedJourneys over the channels of a period and model
    CreditShare              decimal(9,6)   NOT NULL, -- CreditedConversions / ConvertedJourneys
    CreditShareLow           decimal(9,6)   NOT NULL, -- P5 of the share over the bootstrap resamples (nearest rank)
    CreditShareHigh          decimal(9,6)   NOT NULL, -- P95 of the share over the bootstrap resamples (nearest rank)
    CreditedRevenue          decimal(19,4)  NOT NULL, -- CreditShare x won revenue of the period's converted journeys
    Resamples                int            NOT NULL,
    BatchId                  int            NOT NULL,
    CONSTRAINT UQ_FactAttributionDataDriven_Period_Channel_ModelName UNIQUE (Period, Channel, ModelName),
    CONSTRAINT PK_FactAttributionDataDriven PRIMARY KEY (AttributionDataDrivenKey)
);
