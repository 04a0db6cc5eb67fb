-- Staging: a persistent, typed mirror of the latest version of every source record, one table per source file.
CREATE SCHEMA stg AUTHORIZATION dbo;
