using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Staging;

/// <summary>What staging one export file did.</summary>
/// <param name="Entity">Entity name (file name without extension).</param>
/// <param name="RowsRead">Records read (accepted + rejected; a block the parser could not split counts one per physical line).</param>
/// <param name="Counts">Inserted / updated / unchanged rows of the staging table.</param>
/// <param name="Rejected">Records (and blocks) that could not be loaded, with reasons.</param>
/// <param name="Notes">Warnings about the file's layout (missing or ignored columns) and its emptied fields.</param>
public sealed record StagingResult(string Entity, long RowsRead, UpsertCounts Counts, IReadOnlyList<RejectedRow> Rejected, IReadOnlyList<string> Notes)
{
    /// <summary>Rows not loaded (a block counts one per physical line).</summary>
    public long RowsRejected { get; init; }

    /// <summary>Non-essential fields loaded empty because their value was bad (the rows were kept).</summary>
    public IReadOnlyList<RejectedRow> EmptiedFields { get; init; } = [];

    /// <summary>Distinct business keys of the accepted rows, when asked for.</summary>
    public IReadOnlySet<string>? Keys { get; init; }
}
