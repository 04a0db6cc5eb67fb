namespace Smarketing.Etl.Loading;

/// <summary>Bulk-writes rows into an engine's work table (DuckDB appender / SqlBulkCopy), in the column order it was opened with.</summary>
public interface IRowWriter : IDisposable
{
    /// <summary>The columns, in the order values are expected.</summary>
    IReadOnlyList<string> Columns { get; }

    /// <summary>Rows written so far.</summary>
    long RowCount { get; }

    /// <summary>Appends one row; <paramref name="values"/> must have one entry per column (null for NULL).</summary>
    void Write(ReadOnlySpan<object?> values);
}
