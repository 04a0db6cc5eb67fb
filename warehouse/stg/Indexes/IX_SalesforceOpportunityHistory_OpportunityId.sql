-- Reads one opportunity's stage history in key order when the ETL rebuilds that opportunity's facts.
CREATE NONCLUSTERED INDEX IX_SalesforceOpportunityHistory_OpportunityId ON stg.SalesforceOpportunityHistory (OpportunityId, CreatedDate);
