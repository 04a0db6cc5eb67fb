-- One row per buyer persona defined in the funnel configuration (plus Unclassified and the unknown member).
CREATE TABLE dw.DimPersona
(
    PersonaKey  int            IDENTITY(1,1) NOT NULL,
    PersonaName nvarchar(100)  NOT NULL,
    Description nvarchar(400)  NULL,
    BatchId     int            NOT NULL,
    CONSTRAINT UQ_DimPersona_PersonaName UNIQUE (PersonaName),
    CONSTRAINT PK_DimPersona PRIMARY KEY (PersonaKey)
);
