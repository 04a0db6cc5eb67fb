-- Finds the sales touches on a lead or contact (speed to lead).
CREATE NONCLUSTERED INDEX IX_SalesforceTask_WhoId ON stg.SalesforceTask (WhoId, CreatedDate);
