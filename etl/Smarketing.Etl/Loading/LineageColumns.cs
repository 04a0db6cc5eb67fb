namespace Smarketing.Etl.Loading;

/// <summary>Columns that record where a row came from; they are written on insert/update but never make a row "changed".</summary>
public static class LineageColumns
{
    /// <summary>The load batch that last changed the row.</summary>
    public const string BatchId = "BatchId";

    /// <summary>Source file of a staged row.</summary>
    public const string SourceFile = "SourceFile";

    /// <summary>Line of the source file where the record starts.</summary>
    public const string SourceLine = "SourceLine";

    /// <summary>True for lineage columns.</summary>
    public static bool IsLineage(string column) =>
        column.Equals(BatchId, StringComparison.OrdinalIgnoreCase)
        || column.Equals(SourceFile, StringComparison.OrdinalIgnoreCase)
        || column.Equals(SourceLine, StringComparison.OrdinalIgnoreCase);
}
