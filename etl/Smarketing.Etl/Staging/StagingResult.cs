using Smarketing.Etl.Loading;

namespace Smarketing.Etl.Staging;

/// <summary>What staging one export file did.</summary>
/// <param name="Entity">Entity name (file name without extension).</param>
/// <param name="RowsRead">Records read (accepted + rejected).</param>
/// <param name="Counts">Inserted / updated / unchanged rows of the staging table.</param>
/// <param name="Rejected">Records that could not be typed, with reasons.</param>
/// <param name="Notes">Warnings about the file's layout (missing or ignored columns).</param>
public sealed record StagingResult(string Entity, long RowsRead, UpsertCounts Counts, IReadOnlyList<RejectedRow> Rejected, IReadOnlyList<string> Notes);
