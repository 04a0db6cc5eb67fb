using System.Collections;
using System.Data.Common;
using DuckDB.NET.Data;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>
/// Reads a query's result page by page, so a transform that streams millions of rows holds one page in memory, not the whole
/// result. DuckDB cannot keep a streaming result open while the same connection appends the transform's output (the append
/// closes it) and a second connection would not see the batch's uncommitted rows; so the result is first stored in a temporary
/// table (buffer-managed: under the memory limit it spills to disk), numbered in result order, and read back by ranges of that
/// number, each page a fresh query. (DuckDB's own rowid cannot serve: rows written inside the open transaction get provisional ids.)
/// </summary>
internal sealed class PagedDataReader : DbDataReader
{
    /// <summary>Rows per page: large enough that per-query overhead vanishes, small enough that a page of wide rows stays a few MB.</summary>
    public const int PageSize = 50_000;

    private const string RowColumn = "ReadBufferRow";

    private readonly DuckDBConnection connection;
    private readonly string table;
    private readonly long rows;
    private DbDataReader page;
    private long next;
    private bool closed;

    private PagedDataReader(DuckDBConnection connection, string table, long rows)
    {
        this.connection = connection;
        this.table = table;
        this.rows = rows;
        page = OpenPage();
    }

    /// <summary>Runs <paramref name="sql"/> into the temporary table <paramref name="table"/> and opens a reader on its first page.</summary>
    public static PagedDataReader Open(DuckDBConnection connection, string sql, string table)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"CREATE OR REPLACE TEMP TABLE {table} AS SELECT row_number() OVER () AS {RowColumn}, * FROM ({sql.TrimEnd().TrimEnd(';')}) AS Result";
        command.ExecuteNonQuery();
        command.CommandText = $"SELECT count(*) FROM {table}";
        var rows = Convert.ToInt64(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture);
        return new PagedDataReader(connection, table, rows);
    }

    public override int FieldCount => page.FieldCount;

    public override bool HasRows => rows > 0;

    public override bool IsClosed => closed;

    public override int RecordsAffected => -1;

    public override int Depth => 0;

    public override object this[int ordinal] => page[ordinal];

    public override object this[string name] => page[name];

    public override bool Read()
    {
        while (!page.Read())
        {
            if (next >= rows)
            {
                return false;
            }

            page.Dispose();
            page = OpenPage();
        }

        return true;
    }

    public override bool NextResult() => false;

    public override bool GetBoolean(int ordinal) => page.GetBoolean(ordinal);

    public override byte GetByte(int ordinal) => page.GetByte(ordinal);

    public override long GetBytes(int ordinal, long dataOffset, byte[]? buffer, int bufferOffset, int length) => page.GetBytes(ordinal, dataOffset, buffer, bufferOffset, length);

    public override char GetChar(int ordinal) => page.GetChar(ordinal);

    public override long GetChars(int ordinal, long dataOffset, char[]? buffer, int bufferOffset, int length) => page.GetChars(ordinal, dataOffset, buffer, bufferOffset, length);

    public override string GetDataTypeName(int ordinal) => page.GetDataTypeName(ordinal);

    public override DateTime GetDateTime(int ordinal) => page.GetDateTime(ordinal);

    public override decimal GetDecimal(int ordinal) => page.GetDecimal(ordinal);

    public override double GetDouble(int ordinal) => page.GetDouble(ordinal);

    public override Type GetFieldType(int ordinal) => page.GetFieldType(ordinal);

    public override T GetFieldValue<T>(int ordinal) => page.GetFieldValue<T>(ordinal);

    public override float GetFloat(int ordinal) => page.GetFloat(ordinal);

    public override Guid GetGuid(int ordinal) => page.GetGuid(ordinal);

    public override short GetInt16(int ordinal) => page.GetInt16(ordinal);

    public override int GetInt32(int ordinal) => page.GetInt32(ordinal);

    public override long GetInt64(int ordinal) => page.GetInt64(ordinal);

    public override string GetName(int ordinal) => page.GetName(ordinal);

    /// <inheritdoc />
    public override System.Data.DataTable? GetSchemaTable() => page.GetSchemaTable();

    public override int GetOrdinal(string name) => page.GetOrdinal(name);

    public override string GetString(int ordinal) => page.GetString(ordinal);

    public override object GetValue(int ordinal) => page.GetValue(ordinal);

    public override int GetValues(object[] values) => page.GetValues(values);

    public override bool IsDBNull(int ordinal) => page.IsDBNull(ordinal);

    public override IEnumerator GetEnumerator() => new DbEnumerator(this, closeReader: false);

    public override void Close()
    {
        if (closed)
        {
            return;
        }

        closed = true;
        page.Dispose();
        using var command = connection.CreateCommand();
        command.CommandText = $"DROP TABLE IF EXISTS {table}";
        command.ExecuteNonQuery();
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Close();
        }

        base.Dispose(disposing);
    }

    private DbDataReader OpenPage()
    {
        using var command = connection.CreateCommand();
        // No ORDER BY needed: the table was filled in result order, and DuckDB keeps insertion order in scans (preserve_insertion_order).
        command.CommandText = $"SELECT * EXCLUDE ({RowColumn}) FROM {table} WHERE {RowColumn} > {next} AND {RowColumn} <= {next + PageSize}";
        next += PageSize;
        return command.ExecuteReader();
    }
}
