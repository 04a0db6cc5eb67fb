-- One row per Salesforce account (customer or prospect company); the first won date defines the customer cohort.
CREATE TABLE dw.DimAccount
(
    AccountKey                    int            IDENTITY(1,1) NOT NULL,
    SalesforceAccountId           varchar(18)    NOT NULL,
    AccountName                   nvarchar(255)  NOT NULL,
    Industry                      nvarchar(255)  NULL,
    AnnualRevenue                 decimal(19,4)  NULL,
    NumberOfEmployees             int            NULL,
    CompanySizeBand               varchar(20)    NOT NULL,
    BillingCountry                nvarchar(80)   NULL,
    Region                        varchar(20)    NOT NULL,
    AccountType                   nvarchar(255)  NULL,
    Segment                       varchar(20)    NOT NULL,
    OwnerSalesforceUserId         varchar(18)    NULL,
    IsCustomer                    bit            NOT NULL,
    FirstWonDateKey               int            NULL,
    CustomerCohortYearMonth       int            NULL,     -- yyyymm of the first won opportunity
    AcquisitionChannel            varchar(30)    NULL,     -- channel of the first won opportunity's primary campaign
    CreatedAtUtc                  datetime2(3)   NULL,
    IsDeleted                     bit            NOT NULL,
    MergedIntoSalesforceAccountId varchar(18)    NULL,
    BatchId                       int            NOT NULL,
    CONSTRAINT UQ_DimAccount_SalesforceAccountId UNIQUE (SalesforceAccountId),
    CONSTRAINT PK_DimAccount PRIMARY KEY (AccountKey),
    CONSTRAINT FK_DimAccount_DimDate_FirstWonDateKey FOREIGN KEY (FirstWonDateKey) REFERENCES dw.DimDate (DateKey)
);
