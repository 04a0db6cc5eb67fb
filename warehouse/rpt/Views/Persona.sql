-- One row per buyer persona, including Unclassified and the unknown member 0.
-- Columns:
--   PersonaName: Name of the buyer persona (Unclassified when no rule matched).
--   Description: What the persona cares about, from the funnel configuration.
CREATE VIEW rpt.Persona
AS
SELECT
    p.PersonaKey,
    p.PersonaName,
    p.Description
FROM dw.DimPersona AS p;
