-- Grants of the ReportingReader role: SELECT on the rpt schema only.
GRANT SELECT ON SCHEMA::rpt TO ReportingReader;
