-- One row per CRM contact that Marketo leads point to (sfdcContactId): the lowest of their Marketo lead ids and the highest of
-- their lead scores. The Marketo person of a contact, and of the lead converted into that contact.
CREATE VIEW prep.MarketoContactLink
AS
SELECT
    m.sfdcContactId AS SalesforceContactId,
    CAST(MIN(m.id) AS int) AS MarketoId,
    CAST(MAX(m.leadScore) AS int) AS Score
FROM stg.MarketoLead AS m
WHERE m.sfdcContactId IS NOT NULL
GROUP BY m.sfdcContactId;
