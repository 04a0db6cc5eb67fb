-- One row per buyer persona, including Unclassified and the unknown member 0.
CREATE VIEW rpt.Persona
AS
SELECT
    p.PersonaKey,
    p.PersonaName,
    p.Description
FROM dw.DimPersona AS p;
