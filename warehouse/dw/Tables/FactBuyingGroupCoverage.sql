-- One row per new-business opportunity (TypeCategory New, not deleted): how complete its buying group was. Of the roles the
-- configuration requires for the account's segment (buyingGroups): present (a contact role on the deal) and engaged (one of the
-- role's contacts touched within the engagement window that ends at the close, or at the as-of day while open), coverage
-- (engaged / required) and its band, and when the group became complete.
CREATE TABLE dw.FactBuyingGroupCoverage
(
    BuyingGroupCoverageKey  int            IDENTITY(1,1) NOT NULL,
    SalesforceOpportunityId varchar(18)    NOT NULL,
    AccountKey              int            NOT NULL,
    Segment                 varchar(20)    NOT NULL, -- the account's segment, which selects the required roles
    CreatedDateKey          int            NOT NULL,
    WindowEndDateKey        int            NOT NULL, -- the close day; the as-of day while open
    IsClosed                bit            NOT NULL,
    IsWon                   bit            NOT NULL,
    CycleDays               decimal(9,2)   NULL,     -- created to closed (dw.FactOpportunity); NULL while open
    ContactRoles            int            NOT NULL, -- contact roles on the deal, required roles or not
    RequiredRoles           int            NOT NULL,
    RolesPresent            int            NOT NULL, -- required roles with at least one contact on the deal
    RolesEngaged            int            NOT NULL, -- required roles with a contact touched inside the window
    CoveragePercent         decimal(5,2)   NOT NULL, -- 100 x RolesEngaged / RequiredRoles
    CoverageBand            varchar(20)    NOT NULL, -- No contact roles | 0-24% | 25-49% | 50-74% | 75-99% | 100%
    CoverageBandOrder       smallint       NOT NULL, -- 0 (No contact roles) .. 5 (100%)
    MissingRoles            nvarchar(400)  NULL,     -- required roles not engaged, in configuration order; NULL when complete
    IsGroupComplete         bit            NOT NULL, -- every required role engaged
    GroupCompleteDateKey    int            NULL,     -- the day the last required role was first touched inside the window
    DaysToCompleteGroup     int            NULL,     -- creation to GroupCompleteDateKey; 0 when complete before creation
    BatchId                 int            NOT NULL,
    CONSTRAINT UQ_FactBuyingGroupCoverage_SalesforceOpportunityId UNIQUE (SalesforceOpportunityId),
    CONSTRAINT PK_FactBuyingGroupCoverage PRIMARY KEY NONCLUSTERED (BuyingGroupCoverageKey),
    CONSTRAINT FK_FactBuyingGroupCoverage_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactBuyingGroupCoverage_DimDate_CreatedDateKey FOREIGN KEY (CreatedDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactBuyingGroupCoverage_DimDate_WindowEndDateKey FOREIGN KEY (WindowEndDateKey) REFERENCES dw.DimDate (DateKey),
    CONSTRAINT FK_FactBuyingGroupCoverage_DimDate_GroupCompleteDateKey
        FOREIGN KEY (GroupCompleteDateKey) REFERENCES dw.DimDate (DateKey)
);
