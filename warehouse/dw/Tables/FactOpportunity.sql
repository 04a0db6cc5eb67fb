-- One row per Salesforce opportunity of every type (accumulating snapshot): created, first date per stage, amount in the reporting
-- currency and the original currency, close, won or lost, cycle days. Amounts are in ReportingCurrencyIsoCode unless named Original.
CREATE TABLE dw.FactOpportunity
(
    OpportunityKey          int            IDENTITY(1,1) NOT NULL,
    SalesforceOpportunityId varchar(18)    NOT NULL,
    OpportunityName         nvarchar(255)  NULL,
    AccountKey              int            NOT NULL,
    LeadKey                 int            NOT NULL, -- the lead converted into this opportunity; 0 for renewals, upgrades and direct opportunities
    OwnerRepKey             int            NOT NULL,
    PrimaryCampaignKey      int            NOT NULL,
    PersonaKey              int            NOT NULL,
    CurrentStageKey         int            NOT NULL,
    OpportunityType         nvarchar(255)  NULL,     -- as in Salesforce: New Customer, Existing Customer - Upgrade ...
    TypeCategory            varchar(20)    NOT NULL, -- New | Upgrade | Renewal | Other (configuration: opportunityTypes)
    IsNewCustomer           bit            NOT NULL, -- a won New opportunity: acquires a customer (renewals and upgrades never do)
    LeadSource              nvarchar(255)  NULL,
    ForecastCategory        nvarchar(40)   NULL,
    CurrencyIsoCode         char(3)        NULL,     -- the opportunity's own currency (NULL: single-currency org)
    OriginalAmount          decimal(19,4)  NULL,     -- Amount in CurrencyIsoCode
    ReportingCurrencyIsoCode char(3)       NOT NULL,
    ExchangeRate            decimal(19,9)  NULL,     -- reporting units per original unit on the close date; NULL when no rate is known
    Amount                  decimal(19,4)  NULL,     -- in the reporting currency; NULL when the amount or its rate is unknown
    Probability             int            NULL,
    WeightedAmount          decimal(19,4)  NULL,     -- Amount x Probability / 100
    WonAmount               decimal(19,4)  NOT NULL, -- Amount when won, else 0 (bookings)
    CreatedDateKey          int            NOT NULL,
    DiscoveryDateKey        int            NULL,     -- first entry into each default opportunity stage; NULL if never reached
    DemonstrationDateKey    int            NULL,
    JustificationDateKey    int            NULL,
    NegotiationDateKey      int            NULL,
    CloseDateKey            int            NULL,     -- Salesforce CloseDate: expected while open, actual once closed
    ClosedDateKey           int            NULL,
    WonDateKey              int            NULL,
    LostDateKey             int            NULL,
    CreatedAtUtc            datetime2(3)   NOT NULL,
    ClosedAtUtc             datetime2(3)   NULL,
    IsClosed                bit            NOT NULL,
    IsWon                   bit            NOT NULL,
    CycleDays               decimal(9,2)   NULL,     -- created to closed; NULL while open
    ReachedBidStage         bit            NOT NULL, -- entered the configured bidStage or a later opportunity stage (bid-to-win denominator)
    IsDeleted               bit            NOT NULL,
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_FactOpportunity_SalesforceOpportunityId UNIQUE (SalesforceOpportunityId),
    CONSTRAINT PK_FactOpportunity PRIMARY KEY (OpportunityKey),
    CONSTRAINT FK_FactOpportunity_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactOpportunity_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactOpportunity_DimRep_OwnerRepKey FOREIGN KEY (OwnerRepKey) REFERENCES dw.DimRep (RepKey),
    CONSTRAINT FK_FactOpportunity_DimCampaign_PrimaryCampaignKey FOREIGN KEY (PrimaryCampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactOpportunity_DimPersona_PersonaKey FOREIGN KEY (PersonaKey) REFERENCES dw.DimPersona (PersonaKey),
    CONSTRAINT FK_FactOpportunity_DimStage_CurrentStageKey FOREIGN KEY (CurrentStageKey) REFERENCES dw.DimStage (StageKey),
    CONSTRAINT FK_FactOpportunity_DimDate_CreatedDateKey FOREIGN KEY (CreatedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_DiscoveryDateKey FOREIGN KEY (DiscoveryDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_DemonstrationDateKey FOREIGN KEY (DemonstrationDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_JustificationDateKey FOREIGN KEY (JustificationDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_NegotiationDateKey FOREIGN KEY (NegotiationDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_CloseDateKey FOREIGN KEY (CloseDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_ClosedDateKey FOREIGN KEY (ClosedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_WonDateKey FOREIGN KEY (WonDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactOpportunity_DimDate_LostDateKey FOREIGN KEY (LostDateKey) REFERENCES dw.DimDate (DateKey)
);
