namespace Smarketing.Etl.Loading.Rows;

/// <summary>Writes row records into a work table through the engine's bulk writer, one reused value array for all rows.</summary>
public sealed class TypedRowWriter<T> : IDisposable
    where T : class
{
    private readonly IRowWriter writer;
    private readonly object?[] values;

    internal TypedRowWriter(IRowWriter writer)
    {
        this.writer = writer;
        values = new object?[RowMap<T>.Instance.Columns.Count];
    }

    /// <summary>Rows written so far.</summary>
    public long RowCount => writer.RowCount;

    /// <summary>Appends one row.</summary>
    public void Write(T row)
    {
        ArgumentNullException.ThrowIfNull(row);
        RowMap<T>.Instance.Fill(row, values);
        writer.Write(values);
    }

    /// <summary>Flushes and closes the bulk writer.</summary>
    public void Dispose() => writer.Dispose();
}
