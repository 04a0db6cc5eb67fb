-- Database role for Power BI and analysts: read-only access to the rpt views and nothing else.
CREATE ROLE ReportingReader AUTHORIZATION dbo;
