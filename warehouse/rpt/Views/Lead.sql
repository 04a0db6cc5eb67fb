-- One row per lead or contact, including the unknown member 0; no personal data (the e-mail domain only, no hash).
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
