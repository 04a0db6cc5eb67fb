using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Translates SQL Server column types of the warehouse model into DuckDB types.</summary>
public static class DuckDbTypeMapper
{
    /// <summary>The DuckDB type for a model type; throws for a type the embedded engine cannot represent faithfully.</summary>
    public static string ToDuckDb(SqlType type) => type.Name switch
    {
        "bigint" => "BIGINT",
        "int" => "INTEGER",
        "smallint" => "SMALLINT",
        "tinyint" => "UTINYINT",
        "bit" => "BOOLEAN",
        "decimal" or "numeric" => $"DECIMAL({type.Precision ?? 18},{type.Scale ?? 0})",
        "money" => "DECIMAL(19,4)",
        "float" => "DOUBLE",
        "real" => "FLOAT",
        "char" or "nchar" or "varchar" or "nvarchar" or "text" or "ntext" or "sysname" => "VARCHAR",
        "date" => "DATE",
        "datetime2" or "datetime" or "smalldatetime" => "TIMESTAMP",
        "datetimeoffset" => "TIMESTAMPTZ",
        "time" => "TIME",
        "uniqueidentifier" => "UUID",
        "binary" or "varbinary" => "BLOB",
        _ => throw new NotSupportedException($"SQL type '{type}' has no DuckDB translation; add it to {nameof(DuckDbTypeMapper)}."),
    };
}
