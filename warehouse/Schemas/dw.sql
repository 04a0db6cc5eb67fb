-- Dimensional warehouse: conformed dimensions and facts (Kimball star schema) loaded by the ETL.
CREATE SCHEMA dw AUTHORIZATION dbo;
