-- Database role for the ETL service account: reads and writes stg, dw and etl, reads rpt.
CREATE ROLE EtlWriter AUTHORIZATION dbo;
