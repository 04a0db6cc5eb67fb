-- One row per lead or contact, including the unknown member 0; no personal data (the e-mail domain only, no hash).
-- Columns:
--   SalesforceLeadId: A Salesforce lead id (00Q...) or, for a contact without a lead, its contact id (003...).
--   MarketoLeadId: Id of the Marketo person; empty when not known in Marketo.
--   RecordType: Lead or Contact.
--   EmailDomain: Domain of the e-mail address (Unknown when none); the address itself is not kept.
--   Title: Job title (Unknown when empty).
--   Company: Company name (Unknown when empty).
--   Industry: Industry (Unknown when empty).
--   NumberOfEmployees: Number of employees of the company as entered.
--   CompanySizeBand: Company size band of the number of employees (companySizeBands; Unknown when missing).
--   Country: Country (Unknown when empty).
--   Region: Sales region of the lead.
--   LeadSource: Salesforce LeadSource (Unknown when empty).
--   Rating: Salesforce rating (Unknown when empty).
--   CurrentStatus: Salesforce lead status now (Unknown when empty).
--   LastRejectionReason: The latest reason sales gave for rejecting the lead; empty when never rejected.
--   LeadScore: Marketo lead score now, in points; not additive.
--   OwnerSalesforceUserId: Salesforce id of the lead's owner now.
--   IsConverted: True once the lead was converted in Salesforce.
--   SalesforceAccountId: Salesforce id of the account the lead was converted into (or the contact's account).
--   SalesforceContactId: Salesforce id of the contact the lead was converted into (or the contact itself).
--   SalesforceOpportunityId: Salesforce id of the opportunity created at conversion; empty when none.
--   CreatedAtUtc: When the lead was created in Salesforce (UTC).
--   LastModifiedAtUtc: When the lead was last modified in Salesforce (UTC).
--   IsDeleted: True when the lead was deleted or merged away in Salesforce.
--   MergedIntoSalesforceLeadId: Salesforce id of the lead this one was merged into; empty when not merged.
CREATE VIEW rpt.Lead
AS
SELECT
    l.LeadKey,
    l.SalesforceLeadId,
    l.MarketoLeadId,
    l.RecordType,
    COALESCE(l.EmailDomain, 'Unknown') AS EmailDomain,
    COALESCE(l.Title, 'Unknown') AS Title,
    COALESCE(l.Company, 'Unknown') AS Company,
    COALESCE(l.Industry, 'Unknown') AS Industry,
    l.NumberOfEmployees,
    l.CompanySizeBand,
    COALESCE(l.Country, 'Unknown') AS Country,
    l.Region,
    COALESCE(l.LeadSource, 'Unknown') AS LeadSource,
    COALESCE(l.Rating, 'Unknown') AS Rating,
    COALESCE(l.CurrentStatus, 'Unknown') AS CurrentStatus,
    l.LastRejectionReason,
    l.LeadScore,
    l.OwnerSalesforceUserId,
    l.IsConverted,
    l.ConvertedDateKey,
    l.SalesforceAccountId,
    l.SalesforceContactId,
    l.SalesforceOpportunityId,
    l.CreatedAtUtc,
    l.LastModifiedAtUtc,
    l.IsDeleted,
    l.MergedIntoSalesforceLeadId
FROM dw.DimLead AS l;
