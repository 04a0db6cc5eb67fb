-- Reporting layer: portable views over dw and etl, the contract with Power BI and analysts.
CREATE SCHEMA rpt AUTHORIZATION dbo;
