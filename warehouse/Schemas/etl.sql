-- ETL control: batch runs, per-entity counts, watermarks, rejected rows and configuration snapshots.
CREATE SCHEMA etl AUTHORIZATION dbo;
