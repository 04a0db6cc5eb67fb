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

    /// <summary>A writer that appends row records of <typeparamref name="T"/> column by column with typed calls, so no value is
    /// boxed into an <c>object?[]</c> (a 100,000-lead load writes ~100 million values); null when the engine's bulk writer has
    /// no typed path for the record or this writer's columns are not the record's (rows then go through
    /// <see cref="Write"/>).</summary>
    /// <param name="columns">The record's columns, in the order its delegate appends them.</param>
    Action<T>? TypedWriter<T>(IReadOnlyList<string> columns)
        where T : class => null;
}
