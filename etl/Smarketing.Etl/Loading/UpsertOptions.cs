namespace Smarketing.Etl.Loading;

/// <summary>How a work table is merged into its target table by the target's business key.</summary>
/// <param name="VersionColumn">When set, a row only replaces an existing one whose version is not newer (e.g. SystemModstamp),
/// and duplicates inside the work table keep the newest version (ties: the later source line).</param>
/// <param name="TieBreakColumn">Orders duplicates with equal (or no) versions: normally SourceLine, so the later line wins.</param>
/// <param name="DeleteMissing">When true the work table is the complete new content of the target: target rows whose business key is
/// not in it are deleted (facts recomputed from the staged sources).</param>
/// <param name="ScopeTable">With <paramref name="DeleteMissing"/>: the work table is the complete new content only for the target rows
/// whose <paramref name="ScopeColumn"/> value is in this table's column of the same name (e.g. the leads an incremental batch
/// recomputes, etl.RecomputeLead); rows outside it are left alone.</param>
/// <param name="ScopeColumn">The column shared by the target and <paramref name="ScopeTable"/>.</param>
public sealed record UpsertOptions(string? VersionColumn = null, string? TieBreakColumn = null, bool DeleteMissing = false,
    string? ScopeTable = null, string? ScopeColumn = null)
{
    /// <summary>Replace the whole table's content with the work table, touching only rows that changed.</summary>
    public static UpsertOptions Replace { get; } = new(DeleteMissing: true);

    /// <summary>Replace the content of the rows whose <paramref name="column"/> is listed in <paramref name="table"/>.</summary>
    public static UpsertOptions ReplaceWithin(string table, string column) => new(DeleteMissing: true, ScopeTable: table, ScopeColumn: column);

    /// <summary>Plain upsert: business key match updates changed rows, otherwise inserts.</summary>
    public static UpsertOptions Default { get; } = new();
}
