using DuckDB.NET.Data;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Appends rows to a DuckDB table through the native appender, converting values to each column's CLR type.</summary>
internal sealed class DuckDbRowWriter : IRowWriter
{
    private readonly DuckDBAppender appender;
    private readonly Type[] types;

    public DuckDbRowWriter(DuckDBAppender appender, IReadOnlyList<string> columns, Type[] types)
    {
        this.appender = appender;
        this.types = types;
        Columns = columns;
    }

    public IReadOnlyList<string> Columns { get; }

    public long RowCount { get; private set; }

    public void Write(ReadOnlySpan<object?> values)
    {
        if (values.Length != types.Length)
        {
            throw new ArgumentException($"Expected {types.Length} values ({string.Join(", ", Columns)}), got {values.Length}.", nameof(values));
        }

        var row = appender.CreateRow();
        for (var i = 0; i < values.Length; i++)
        {
            row = ClrValue.Convert(values[i], types[i]) switch
            {
                null => row.AppendNullValue(),
                string s => row.AppendValue(s),
                int v => row.AppendValue(v),
                long v => row.AppendValue(v),
                short v => row.AppendValue(v),
                byte v => row.AppendValue(v),
                bool v => row.AppendValue(v),
                decimal v => row.AppendValue(v),
                double v => row.AppendValue(v),
                float v => row.AppendValue(v),
                DateOnly v => row.AppendValue(v),
                DateTime v => row.AppendValue(v),
                var other => throw new NotSupportedException($"Column {Columns[i]}: values of type {other.GetType().Name} cannot be appended."),
            };
        }

        row.EndRow();
        RowCount++;
    }

    /// <inheritdoc />
    public Action<T>? TypedWriter<T>(IReadOnlyList<string> columns)
        where T : class
    {
        if (DuckDbRowAppender<T>.Append is not { } append || !columns.SequenceEqual(Columns, StringComparer.Ordinal)
            || !DuckDbRowAppender<T>.Types.SequenceEqual(types))
        {
            return null;
        }

        return record =>
        {
            append(record, appender);
            RowCount++;
        };
    }

    public void Dispose() => appender.Dispose();
}
