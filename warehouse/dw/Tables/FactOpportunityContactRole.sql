-- One row per current Salesforce opportunity contact role (the bridge between an opportunity and the people of its buying group):
-- the contact as a dw.DimLead person (a converted contact is its lead's row), the opportunity's account, the role and whether it
-- is the primary contact. Deleted roles, roles of deleted opportunities and roles without an opportunity or contact are left out.
CREATE TABLE dw.FactOpportunityContactRole
(
    OpportunityContactRoleKey          int            IDENTITY(1,1) NOT NULL,
    SalesforceOpportunityContactRoleId varchar(18)    NOT NULL,
    SalesforceOpportunityId            varchar(18)    NOT NULL,
    SalesforceContactId                varchar(18)    NOT NULL,
    LeadKey                            int            NOT NULL, -- the contact's DimLead row; 0: not (yet) in DimLead
    AccountKey                         int            NOT NULL, -- the opportunity's account; 0 when unknown
    Role                               nvarchar(40)   NOT NULL, -- as in Salesforce; 'Unspecified' when blank
    IsPrimary                          bit            NOT NULL,
    CreatedDateKey                     int            NULL,
    CreatedAtUtc                       datetime2(3)   NULL,
    BatchId                            int            NOT NULL,
    CONSTRAINT UQ_FactOpportunityContactRole_SalesforceOpportunityContactRoleId UNIQUE (SalesforceOpportunityContactRoleId),
    CONSTRAINT PK_FactOpportunityContactRole PRIMARY KEY (OpportunityContactRoleKey),
    CONSTRAINT FK_FactOpportunityContactRole_DimLead_LeadKey FOREIGN KEY (LeadKey) REFERENCES dw.DimLead (LeadKey),
    CONSTRAINT FK_FactOpportunityContactRole_DimAccount_AccountKey FOREIGN KEY (AccountKey) REFERENCES dw.DimAccount (AccountKey),
    CONSTRAINT FK_FactOpportunityContactRole_DimDate_CreatedDateKey FOREIGN KEY (CreatedDateKey) REFERENCES dw.DimDate (DateKey)
);
