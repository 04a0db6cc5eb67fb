-- Reads one lead's field history in key order when the ETL rebuilds that lead's stage history.
CREATE NONCLUSTERED INDEX IX_SalesforceLeadHistory_LeadId ON stg.SalesforceLeadHistory (LeadId, CreatedDate);
