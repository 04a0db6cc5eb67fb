-- Finds the campaign memberships of a lead (touches for attribution).
CREATE NONCLUSTERED INDEX IX_SalesforceCampaignMember_LeadId ON stg.SalesforceCampaignMember (LeadId, CreatedDate);
