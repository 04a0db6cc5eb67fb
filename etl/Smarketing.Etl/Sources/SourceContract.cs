namespace Smarketing.Etl.Sources;

/// <summary>What a source file must carry for the warehouse to be right (docs/SOURCES.md "Contract per file"). The required
/// columns are the key, the version column and the fields the transforms cannot do without: a header lacking one refuses the batch
/// (exit 7) instead of loading a column of NULLs over good data. Every other staging column is optional: absent, it loads empty
/// (the documented default) and the batch records a note. Required columns are the essential fields: a bad value in one rejects
/// the row; a bad value in any other field empties that field, keeps the row and records a warning.</summary>
/// <param name="RequiredColumns">Columns the header must hold (case-insensitive), key first.</param>
/// <param name="RequiredInFullExtract">A full extract without this file (or with no rows in it) is refused (exit 8).</param>
/// <param name="AmountColumns">Money columns subject to the non-negative amount rule of <c>inputRules</c>.</param>
/// <param name="DerivedColumns">Staging columns the stager computes from other fields of the row (never read from the file).</param>
public sealed record SourceContract(IReadOnlyList<string> RequiredColumns, bool RequiredInFullExtract = false, IReadOnlyList<string>? AmountColumns = null,
    IReadOnlyList<string>? DerivedColumns = null)
{
    /// <summary>True when <paramref name="column"/> is essential: a bad value rejects the row rather than emptying the field.</summary>
    public bool IsEssential(string column) => RequiredColumns.Contains(column, StringComparer.OrdinalIgnoreCase);

    /// <summary>Money columns checked by the non-negative rule (empty when the file has none).</summary>
    public IReadOnlyList<string> Amounts => AmountColumns ?? [];

    /// <summary>Columns computed at staging (Staging.StagedAttributes), empty when the file has none.</summary>
    public IReadOnlyList<string> Derived => DerivedColumns ?? [];
}
