-- Reads one Marketo lead's activities in time order (touches, score changes).
CREATE NONCLUSTERED INDEX IX_MarketoActivity_leadId ON stg.MarketoActivity (leadId, activityDate);
