-- One row per calendar day (DateKey yyyymmdd); key 0 is the unknown date.
CREATE TABLE dw.DimDate
(
    DateKey        int          NOT NULL,
    Date           date         NOT NULL,
    Year           smallint     NOT NULL,
    Quarter        tinyint      NOT NULL,
    QuarterName    char(2)      NOT NULL, -- Q1 .. Q4
    Month          tinyint      NOT NULL,
    MonthName      varchar(9)   NOT NULL, -- January
    MonthShortName char(3)      NOT NULL, -- Jan
    YearMonth      int          NOT NULL, -- yyyymm
    YearMonthName  char(7)      NOT NULL, -- yyyy-mm
    MonthStartDate date         NOT NULL,
    MonthEndDate   date         NOT NULL,
    DayOfMonth     tinyint      NOT NULL,
    DayOfYear      smallint     NOT NULL,
    DayOfWeek      tinyint      NOT NULL, -- ISO: 1 = Monday .. 7 = Sunday
    DayName        varchar(9)   NOT NULL,
    DayShortName   char(3)      NOT NULL,
    IsoWeek        tinyint      NOT NULL,
    IsoYear        smallint     NOT NULL,
    WeekStartDate  date         NOT NULL, -- the Monday of the ISO week
    FiscalYear     smallint     NOT NULL, -- named after the calendar year in which it ends
    FiscalQuarter  tinyint      NOT NULL,
    FiscalMonth    tinyint      NOT NULL,
    IsWeekend      bit          NOT NULL,
    IsHoliday      bit          NOT NULL,
    HolidayName    nvarchar(100) NULL,
    IsBusinessDay  bit          NOT NULL,
    BatchId        int          NOT NULL,
    CONSTRAINT PK_DimDate PRIMARY KEY (DateKey),
    CONSTRAINT UQ_DimDate_Date UNIQUE (Date)
);
