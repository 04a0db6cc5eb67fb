using System.Globalization;
using System.Text;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Derives DuckDB DDL from the warehouse catalog: schemas, sequences for IDENTITY columns, tables, and views from their
/// portable SQL. Foreign keys are documented in the model and enforced by SQL Server; the embedded engine does not create them
/// (DuckDB forbids updating rows referenced by a foreign key). Primary and unique keys are created for the small bookkeeping
/// tables (<c>etl</c>) only: on the bulk-loaded <c>stg</c> and <c>dw</c> tables each one is an in-memory ART index that DuckDB
/// maintains row by row, which made a 100,000-lead load several times slower and several GiB larger (docs/ARCHITECTURE.md); there
/// the loader keeps keys unique (one row per business key, inserts only for missing keys, identities from sequences).</summary>
public static class DuckDbSchemaScript
{
    /// <summary>Whether the engine itself enforces the table's primary and unique keys (see the type's remarks).</summary>
    public static bool EnforcesKeys(TableDefinition table) => table.Schema is not ("stg" or "dw");

    /// <summary>The sequence that feeds an IDENTITY column of <paramref name="table"/>.</summary>
    public static string SequenceName(TableDefinition table) => $"{table.Schema}.Seq{table.Name}";

    /// <summary><c>CREATE TABLE</c> (and its sequence) for one table.</summary>
    public static string CreateTable(TableDefinition table)
    {
        var sql = new StringBuilder();
        if (table.Columns.Any(c => c.IsIdentity))
        {
            sql.Append(CultureInfo.InvariantCulture, $"CREATE SEQUENCE IF NOT EXISTS {SequenceName(table)} START 1;\n");
        }

        sql.Append(CultureInfo.InvariantCulture, $"CREATE TABLE {table.FullName} (\n");
        var parts = table.Columns.Select(c => "    " + ColumnDefinitionSql(table, c)).ToList();
        if (table.PrimaryKey.Count > 0 && EnforcesKeys(table))
        {
            parts.Add($"    PRIMARY KEY ({string.Join(", ", table.PrimaryKey)})");
        }

        parts.AddRange(table.UniqueKeys.Where(_ => EnforcesKeys(table)).Select(u => $"    UNIQUE ({string.Join(", ", u)})"));
        sql.Append(string.Join(",\n", parts)).Append("\n);\n");
        return sql.ToString();
    }

    /// <summary><c>ALTER TABLE … ADD COLUMN</c> for a column added to the model after the database was created.</summary>
    public static string AddColumn(TableDefinition table, ColumnDefinition column)
    {
        // DuckDB cannot add a NOT NULL column without a default to a table that may hold rows: add it nullable.
        var type = DuckDbTypeMapper.ToDuckDb(column.Type);
        var def = TranslateDefault(column.DefaultExpression);
        return $"ALTER TABLE {table.FullName} ADD COLUMN {column.Name} {type}{(def is null ? "" : " DEFAULT " + def)};";
    }

    /// <summary><c>CREATE OR REPLACE VIEW</c> from the view's portable query.</summary>
    public static string CreateView(ViewDefinition view) => $"CREATE OR REPLACE VIEW {view.FullName} AS\n{view.SelectSql.TrimEnd().TrimEnd(';')};";

    private static string ColumnDefinitionSql(TableDefinition table, ColumnDefinition column)
    {
        var sql = new StringBuilder($"{column.Name} {DuckDbTypeMapper.ToDuckDb(column.Type)}");
        if (!column.IsNullable)
        {
            sql.Append(" NOT NULL");
        }

        if (column.IsIdentity)
        {
            sql.Append(CultureInfo.InvariantCulture, $" DEFAULT nextval('{SequenceName(table)}')");
        }
        else if (TranslateDefault(column.DefaultExpression) is { } def)
        {
            sql.Append(" DEFAULT ").Append(def);
        }

        return sql.ToString();
    }

    /// <summary>Translates the simple default expressions the model uses (literals, current UTC time); others are not carried.</summary>
    internal static string? TranslateDefault(string? expression)
    {
        if (string.IsNullOrWhiteSpace(expression))
        {
            return null;
        }

        var e = expression.Trim();
        while (e.StartsWith('(') && e.EndsWith(')'))
        {
            e = e[1..^1].Trim();
        }

        if (e.Equals("sysutcdatetime()", StringComparison.OrdinalIgnoreCase) || e.Equals("getutcdate()", StringComparison.OrdinalIgnoreCase))
        {
            return "(now() AT TIME ZONE 'UTC')";
        }

        if (e.StartsWith("N'", StringComparison.Ordinal))
        {
            e = e[1..];
        }

        var isNumber = decimal.TryParse(e, NumberStyles.Number, CultureInfo.InvariantCulture, out _);
        var isString = e.Length >= 2 && e.StartsWith('\'') && e.EndsWith('\'');
        return isNumber || isString ? e : null;
    }
}
