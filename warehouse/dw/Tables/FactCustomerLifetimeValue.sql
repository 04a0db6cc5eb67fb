-- One row per customer account (an account with a won opportunity) as of the batch: lifetime revenue, churn, historical and
-- predicted lifetime value, and the acquisition cost allocated to it through attribution (docs/METRICS.md).
CREATE TABLE dw.FactCustomerLifetimeValue
(
    CustomerLifetimeValueKey int            IDENTITY(1,1) NOT NULL,
    AccountKey               int            NOT NULL,
    PersonaKey               int            NOT NULL, -- persona of the lead converted into the first New opportunity
    AcquisitionCampaignKey   int            NOT NULL, -- primary campaign of the first won opportunity
    FirstWonDateKey          int            NOT NULL,
    ChurnDateKey             int            NULL,     -- the expected renewal date that passed without a won renewal
    AsOfDateKey              int            NOT NULL,
    Segment                  varchar(20)    NOT NULL,
    AcquisitionChannel       varchar(30)    NOT NULL, -- channel with the largest default-model weight on its acquisition (else its primary campaign's)
    IsNewCustomer            bit            NOT NULL, -- acquired by a won New opportunity (counts in CAC)
    IsChurned                bit            NOT NULL,
    WonOpportunities         int            NOT NULL,
    Renewals                 int            NOT NULL, -- won renewal opportunities
    Upgrades                 int            NOT NULL, -- won upgrade opportunities
    LifetimeRevenue          decimal(19,4)  NOT NULL, -- every won opportunity: new, renewals, upgrades (reporting currency)
    NewRevenue               decimal(19,4)  NOT NULL,
    RenewalRevenue           decimal(19,4)  NOT NULL,
    UpgradeRevenue           decimal(19,4)  NOT NULL,
    AnnualizedRevenue        decimal(19,4)  NOT NULL, -- the latest New/Renewal contract plus upgrades won after it
    GrossMarginRate          decimal(9,4)   NOT NULL,
    HistoricalClv            decimal(19,4)  NOT NULL, -- LifetimeRevenue x GrossMarginRate
    TenureYears              decimal(9,4)   NOT NULL, -- first won to churn date, or to the as-of date
    SegmentAnnualChurnRate   decimal(9,4)   NOT NULL, -- churned customers / customer-years of the segment
    ExpectedLifetimeYears    decimal(9,4)   NOT NULL, -- 1 / churn rate, capped at maxLifetimeYears
    PredictedClv             decimal(19,4)  NOT NULL, -- annual margin over the expected lifetime, discounted; historical once churned
    AcquisitionCost          decimal(19,4)  NOT NULL, -- share of channel cost via the default model's weights; 0 unless IsNewCustomer
    BatchId                  int            NOT NULL,
    CONSTRAINT UQ_FactCustomerLifetimeValue_AccountKey UNIQUE (AccountKey),
    CONSTRAINT PK_FactCustomerLifetimeValue PRIMARY KEY (CustomerLifetimeValueKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimPersona_PersonaKey FOREIGN KEY (PersonaKey) REFERENCES dw.DimPersona (PersonaKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimCampaign_AcquisitionCampaignKey FOREIGN KEY (AcquisitionCampaignKey) REFERENCES dw.DimCampaign (CampaignKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimDate_FirstWonDateKey FOREIGN KEY (FirstWonDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimDate_ChurnDateKey FOREIGN KEY (ChurnDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactCustomerLifetimeValue_DimDate_AsOfDateKey FOREIGN KEY (AsOfDateKey) REFERENCES dw.DimDate (DateKey)
);
