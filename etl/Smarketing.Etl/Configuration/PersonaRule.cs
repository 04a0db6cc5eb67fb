namespace Smarketing.Etl.Configuration;

/// <summary>A buyer persona and the rule that recognises it. All given conditions must hold; empty lists match anything.</summary>
public sealed class PersonaRule
{
    /// <summary>Persona name, e.g. "IT Decision Maker".</summary>
    public string Name { get; set; } = "";

    /// <summary>What the persona cares about (shown in Power BI).</summary>
    public string Description { get; set; } = "";

    /// <summary>Regular expressions matched case-insensitively against the lead's title; one must match.</summary>
    public List<string> TitlePatterns { get; set; } = [];

    /// <summary>Industries (exact, case-insensitive); one must match when given.</summary>
    public List<string> Industries { get; set; } = [];

    /// <summary>Minimum company size (employees), inclusive.</summary>
    public int? MinEmployees { get; set; }

    /// <summary>Maximum company size (employees), inclusive.</summary>
    public int? MaxEmployees { get; set; }
}
