using System.Data;
using Microsoft.Data.SqlClient;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.SqlServer;

/// <summary>Buffers rows in a <see cref="DataTable"/> chunk and bulk-loads each full chunk with <see cref="SqlBulkCopy"/> inside the
/// open transaction, so memory stays bounded by one chunk whatever the number of rows.</summary>
internal sealed class SqlServerRowWriter : IRowWriter
{
    /// <summary>Rows per chunk (and per bulk-copy batch).</summary>
    public const int ChunkRows = 10_000;

    private readonly SqlBulkCopy bulkCopy;
    private readonly DataTable chunk = new() { Locale = System.Globalization.CultureInfo.InvariantCulture };
    private readonly Type[] types;

    /// <summary>Opens a writer on <paramref name="destination"/> (a bracket-quoted table or a temporary table name). CheckConstraints:
    /// the target's CHECK and FOREIGN KEY constraints are enforced, as for an INSERT (and no ALTER permission is needed). KeepNulls:
    /// NULL stays NULL rather than taking a column default, as with the DuckDB appender.</summary>
    public SqlServerRowWriter(SqlConnection connection, SqlTransaction? transaction, string destination, IReadOnlyList<ColumnDefinition> columns, int timeoutSeconds)
    {
        Columns = columns.Select(c => c.Name).ToList();
        types = columns.Select(c => ClrValue.For(c.Type) == typeof(DateOnly) ? typeof(DateTime) : ClrValue.For(c.Type)).ToArray();
        bulkCopy = new SqlBulkCopy(connection, SqlBulkCopyOptions.CheckConstraints | SqlBulkCopyOptions.KeepNulls, transaction)
        {
            DestinationTableName = destination,
            BatchSize = ChunkRows,
            BulkCopyTimeout = timeoutSeconds,
        };
        for (var i = 0; i < columns.Count; i++)
        {
            chunk.Columns.Add(Columns[i], types[i]);
            bulkCopy.ColumnMappings.Add(Columns[i], Columns[i]);
        }
    }

    public IReadOnlyList<string> Columns { get; }

    public long RowCount { get; private set; }

    public void Write(ReadOnlySpan<object?> values)
    {
        if (values.Length != types.Length)
        {
            throw new ArgumentException($"Expected {types.Length} values ({string.Join(", ", Columns)}), got {values.Length}.", nameof(values));
        }

        var row = chunk.NewRow();
        for (var i = 0; i < values.Length; i++)
        {
            row[i] = ClrValue.Convert(values[i], types[i]) ?? DBNull.Value;
        }

        chunk.Rows.Add(row);
        RowCount++;
        if (chunk.Rows.Count >= ChunkRows)
        {
            Flush();
        }
    }

    private void Flush()
    {
        if (chunk.Rows.Count == 0)
        {
            return;
        }

        bulkCopy.WriteToServer(chunk);
        chunk.Clear();
    }

    public void Dispose()
    {
        try
        {
            Flush();
        }
        finally
        {
            ((IDisposable)bulkCopy).Dispose();
            chunk.Dispose();
        }
    }
}
