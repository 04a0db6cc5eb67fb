-- Post-deployment script: the unknown member (key 0) of every dimension, and nothing else.
-- Runs after every DACPAC deployment (idempotent). The embedded engine runs the same text after dropping the
-- SET IDENTITY_INSERT lines and splitting on GO, so every other statement must stay in the portable subset.

INSERT INTO dw.DimDate (DateKey, Date, Year, Quarter, QuarterName, Month, MonthName, MonthShortName, YearMonth, YearMonthName, MonthStartDate, MonthEndDate, DayOfMonth, DayOfYear, DayOfWeek, DayName, DayShortName, IsoWeek, IsoYear, WeekStartDate, FiscalYear, FiscalQuarter, FiscalMonth, IsWeekend, IsHoliday, HolidayName, IsBusinessDay, BatchId)
SELECT 0, '1900-01-01', 0, 0, 'NA', 0, 'Unknown', 'Unk', 0, 'Unknown', '1900-01-01', '1900-01-01', 0, 0, 0, 'Unknown', 'Unk', 0, 0, '1900-01-01', 0, 0, 0, 0, 0, NULL, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimDate WHERE DateKey = 0);
GO

SET IDENTITY_INSERT dw.DimLead ON;
INSERT INTO dw.DimLead (LeadKey, SalesforceLeadId, RecordType, Title, Company, Industry, CompanySizeBand, Country, Region, LeadSource, Rating, CurrentStatus, IsConverted, IsDeleted, BatchId)
SELECT 0, 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimLead WHERE LeadKey = 0);
SET IDENTITY_INSERT dw.DimLead OFF;
GO

SET IDENTITY_INSERT dw.DimPersona ON;
INSERT INTO dw.DimPersona (PersonaKey, PersonaName, Description, BatchId)
SELECT 0, 'Unknown', 'Unknown member: no persona could be determined.', 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimPersona WHERE PersonaKey = 0);
SET IDENTITY_INSERT dw.DimPersona OFF;
GO

SET IDENTITY_INSERT dw.DimStage ON;
INSERT INTO dw.DimStage (StageKey, StageName, SortOrder, OwnerTeam, Category, IsHandoff, IsTerminal, IsWon, BatchId)
SELECT 0, 'Unknown', 0, 'Unknown', 'Unknown', 0, 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimStage WHERE StageKey = 0);
SET IDENTITY_INSERT dw.DimStage OFF;
GO

SET IDENTITY_INSERT dw.DimCampaign ON;
INSERT INTO dw.DimCampaign (CampaignKey, SalesforceCampaignId, CampaignName, CampaignType, Channel, Status, IsActive, IsDeleted, BatchId)
SELECT 0, 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimCampaign WHERE CampaignKey = 0);
SET IDENTITY_INSERT dw.DimCampaign OFF;
GO

SET IDENTITY_INSERT dw.DimActivityType ON;
INSERT INTO dw.DimActivityType (ActivityTypeKey, MarketoActivityTypeId, ActivityTypeName, ActivityCategory, IsCustom, IsAttributionTouch, BatchId)
SELECT 0, 0, 'Unknown', 'Unknown', 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimActivityType WHERE ActivityTypeKey = 0);
SET IDENTITY_INSERT dw.DimActivityType OFF;
GO

SET IDENTITY_INSERT dw.DimRep ON;
INSERT INTO dw.DimRep (RepKey, SalesforceUserId, ValidFromUtc, ValidToUtc, IsCurrent, RepName, Team, Title, ManagerName, Region, IsActive, BatchId)
SELECT 0, 'Unknown', '1900-01-01 00:00:00', '9999-12-31 00:00:00', 0, 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimRep WHERE RepKey = 0);
SET IDENTITY_INSERT dw.DimRep OFF;
GO

SET IDENTITY_INSERT dw.DimAccount ON;
INSERT INTO dw.DimAccount (AccountKey, SalesforceAccountId, AccountName, Industry, CompanySizeBand, BillingCountry, Region, AccountType, Segment, IsCustomer, IsDeleted, BatchId)
SELECT 0, 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 'Unknown', 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimAccount WHERE AccountKey = 0);
SET IDENTITY_INSERT dw.DimAccount OFF;
GO

SET IDENTITY_INSERT dw.DimSlaRule ON;
INSERT INTO dw.DimSlaRule (SlaRuleKey, SlaRuleName, StartStage, TargetBusinessHours, CalendarName, Description, BatchId)
SELECT 0, 'Unknown', 'Unknown', 0, 'Unknown', 'Unknown member: no SLA rule applies.', 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimSlaRule WHERE SlaRuleKey = 0);
SET IDENTITY_INSERT dw.DimSlaRule OFF;
GO

SET IDENTITY_INSERT dw.DimAttributionModel ON;
INSERT INTO dw.DimAttributionModel (AttributionModelKey, ModelName, ModelType, Description, LookbackDays, IsDefault, BatchId)
SELECT 0, 'Unknown', 'Unknown', 'Unknown member: no attribution model applies.', 0, 0, 0
WHERE NOT EXISTS (SELECT 1 FROM dw.DimAttributionModel WHERE AttributionModelKey = 0);
SET IDENTITY_INSERT dw.DimAttributionModel OFF;
GO
