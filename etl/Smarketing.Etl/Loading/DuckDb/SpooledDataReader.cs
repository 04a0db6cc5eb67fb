using System.Collections;
using System.Data.Common;
using DuckDB.NET.Data;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>
/// Streams a query's result while the batch keeps writing. DuckDB closes a streaming result as soon as the same connection runs
/// anything else (an appender's flush included), and a second connection cannot see the batch's uncommitted rows. So the batch's
/// connection writes the result to a Parquet file in the engine (<c>COPY … TO</c>, streamed, in result order), and a second
/// connection to the same database streams the file back. A file is not part of the transaction: a temporary table dropped inside
/// the batch transaction keeps its storage until the batch commits (DuckDB must be able to roll the drop back), which filled the
/// memory budget with dead buffers; a file is deleted when the reader closes and costs no memory. Memory is a few row groups
/// whatever the result's size.
/// </summary>
internal sealed class SpooledDataReader : DbDataReader
{
    /// <summary>Column types that Parquet stores and DuckDB reads back unchanged. Any other type (HUGEINT, which DuckDB writes
    /// as DOUBLE; INTERVAL, which Parquet holds in milliseconds; nested types …) travels as text and is cast back on
    /// reading.</summary>
    private static readonly string[] ExactTypes =
    [
        "BOOLEAN", "TINYINT", "SMALLINT", "INTEGER", "BIGINT", "UTINYINT", "USMALLINT", "UINTEGER", "UBIGINT", "FLOAT", "DOUBLE",
        "DATE", "TIME", "TIMESTAMP", "TIMESTAMP WITH TIME ZONE", "VARCHAR", "BLOB", "UUID",
    ];

    private readonly DuckDBConnection reading;
    private readonly DbCommand command;
    private readonly DbDataReader inner;
    private readonly string file;
    private bool closed;

    private SpooledDataReader(DuckDBConnection reading, DbCommand command, DbDataReader inner, string file)
    {
        this.reading = reading;
        this.command = command;
        this.inner = inner;
        this.file = file;
    }

    /// <summary>Writes the result of <paramref name="sql"/> on the batch's <paramref name="connection"/> to <paramref name="file"/>
    /// and opens a streaming reader on it through a second connection (<paramref name="connectionString"/>: the same
    /// database).</summary>
    public static SpooledDataReader Open(DuckDBConnection connection, string connectionString, string sql, string file)
    {
        var query = $"SELECT * FROM ({sql.TrimEnd().TrimEnd(';')}) AS Result";
        var columns = Describe(connection, query);
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        var literal = file.Replace("'", "''", StringComparison.Ordinal);
        using (var copy = connection.CreateCommand())
        {
            var written = string.Join(", ", columns.Select(c => IsExact(c.Type) ? c.Quoted : $"CAST({c.Quoted} AS VARCHAR) AS {c.Quoted}"));
            copy.CommandText = $"COPY (SELECT {written} FROM ({query}) AS Spooled) TO '{literal}' (FORMAT parquet)";
            copy.ExecuteNonQuery();
        }

        var reading = new DuckDBConnection(connectionString);
        try
        {
            reading.Open();
            var command = reading.CreateCommand();
            var read = string.Join(", ", columns.Select(c => IsExact(c.Type) ? c.Quoted : $"CAST({c.Quoted} AS {c.Type}) AS {c.Quoted}"));
            // One file read in order: DuckDB keeps a file's row order in a scan (preserve_insertion_order, on by default).
            command.CommandText = $"SELECT {read} FROM read_parquet('{literal}')";
            command.UseStreamingMode = true;
            return new SpooledDataReader(reading, command, command.ExecuteReader(), file);
        }
        catch
        {
            reading.Dispose();
            File.Delete(file);
            throw;
        }
    }

    public override int FieldCount => inner.FieldCount;

    public override bool HasRows => inner.HasRows;

    public override bool IsClosed => closed;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => inner[ordinal];

    public override object this[string name] => inner[name];

    public override bool Read() => inner.Read();

    public override bool NextResult() => false;

    public override bool GetBoolean(int ordinal) => inner.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => inner.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) =>
        inner.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => inner.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) =>
        inner.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => inner.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => inner.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => inner.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => inner.GetDouble(ordinal);

    public override Type GetFieldType(int ordinal) => inner.GetFieldType(ordinal);

    public override T GetFieldValue<T>(int ordinal) => inner.GetFieldValue<T>(ordinal);

    public override float GetFloat(int ordinal) => inner.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => inner.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => inner.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => inner.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => inner.GetInt64(ordinal);

    public override string GetName(int ordinal) => inner.GetName(ordinal);

    /// <inheritdoc />
    public override System.Data.DataTable? GetSchemaTable() => inner.GetSchemaTable();

    public override int GetOrdinal(string name) => inner.GetOrdinal(name);

    public override string GetString(int ordinal) => inner.GetString(ordinal);

    public override object GetValue(int ordinal) => inner.GetValue(ordinal);

    public override int GetValues(object[] values) => inner.GetValues(values);

    public override bool IsDBNull(int ordinal) => inner.IsDBNull(ordinal);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        inner.Dispose();
        command.Dispose();
        reading.Dispose();
        File.Delete(file);
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    private static bool IsExact(string type) =>
        ExactTypes.Contains(type, StringComparer.OrdinalIgnoreCase) || type.StartsWith("DECIMAL(", StringComparison.OrdinalIgnoreCase);

    /// <summary>The result's columns (DuckDB names repeated columns apart, <c>a</c> and <c>a_1</c>) and types, from binding the
    /// query without running it.</summary>
    private static List<(string Quoted, string Type)> Describe(DuckDBConnection connection, string query)
    {
        using var describe = connection.CreateCommand();
        describe.CommandText = "DESCRIBE " + query;
        using var reader = describe.ExecuteReader();
        var columns = new List<(string, string)>();
        while (reader.Read())
        {
            columns.Add(("\"" + reader.GetString(0).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"", reader.GetString(1)));
        }

        return columns;
    }
}
