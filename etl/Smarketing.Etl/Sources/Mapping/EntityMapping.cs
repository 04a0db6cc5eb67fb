namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Where one canonical entity comes from: a source file and its column mappings.</summary>
public sealed class EntityMapping
{
    /// <summary>Source file name in the export folder, e.g. contacts.csv.</summary>
    public string File { get; set; } = "";

    /// <summary>When true, a missing <see cref="File"/> skips the entity (with a note) instead of failing the mapping.</summary>
    public bool Optional { get; set; }

    /// <summary>Canonical column → mapping. Columns not listed are left empty.</summary>
    public Dictionary<string, ColumnMapping> Columns { get; set; } = [];

    /// <summary>Repeats the row once per value of a multi-valued cell.</summary>
    public SplitMapping? Split { get; set; }

    /// <summary>Stage-change entities only: one row per filled "stage reached at" column.</summary>
    public StageDatesMapping? StageDates { get; set; }

    /// <summary>Opportunities only: the lead each opportunity was converted from.</summary>
    public ConvertedLeadMapping? ConvertedLead { get; set; }
}
