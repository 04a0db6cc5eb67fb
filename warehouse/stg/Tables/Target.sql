-- One row per month x team or rep x metric from the business's targets file (Targets.csv): the volume commitments between the teams.
CREATE TABLE stg.Target
(
    Month      date           NOT NULL, -- any day of the month; the month is what counts
    Level      varchar(10)    NOT NULL, -- Team | Rep
    TargetFor  nvarchar(100)  NOT NULL, -- a team (User.Department, e.g. Sales Development) or a rep's Salesforce user id
    Metric     varchar(30)    NOT NULL, -- Leads, MQLs, SALs, SQLs, Opportunities, Pipeline, Bookings
    Target     decimal(19,4)  NULL,
    BatchId    int            NOT NULL,
    SourceFile nvarchar(260)  NOT NULL,
    SourceLine int            NOT NULL,
    CONSTRAINT PK_Target PRIMARY KEY (Month, Level, TargetFor, Metric)
);
