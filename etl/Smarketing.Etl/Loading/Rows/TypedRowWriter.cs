namespace Smarketing.Etl.Loading.Rows;

/// <summary>Writes row records into a work table through the engine's bulk writer: typed per column where the engine offers it
/// (<see cref="IRowWriter.TypedWriter{T}"/>, DuckDB's appender), else through one reused value array for all rows.</summary>
public sealed class TypedRowWriter<T> : IDisposable
    where T : class
{
    private readonly IRowWriter writer;
    private readonly object?[] values;
    private readonly Action<T>? typed;

    internal TypedRowWriter(IRowWriter writer)
    {
        this.writer = writer;
        values = new object?[RowMap<T>.Instance.Columns.Count];
        typed = writer.TypedWriter<T>(RowMap<T>.Instance.Columns);
    }

    /// <summary>Rows written so far.</summary>
    public long RowCount => writer.RowCount;

    /// <summary>Appends one row.</summary>
    public void Write(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        if (typed is not null)
        {
            typed(row);
            return;
        }

        RowMap<T>.Instance.Fill(row, values);
        writer.Write(values);
    }

    /// <summary>Flushes and closes the bulk writer.</summary>
    public void Dispose() => writer.Dispose();
}
