using Smarketing.Schema.Catalog;

namespace Smarketing.PowerBi;

/// <summary>Which TMDL data types can hold which SQL Server types of the rpt views.</summary>
public static class PowerBiTypes
{
    /// <summary>Decimal places of Power BI's fixed decimal type (<c>dataType: decimal</c>, a scaled 64-bit integer): a column with more
    /// places in SQL (weights, rates, fractional counts) is imported as double instead.</summary>
    public const int FixedDecimalPlaces = 4;

    /// <summary>The TMDL data types a column of <paramref name="sql"/> may be imported as.</summary>
    public static IReadOnlyList<string> Compatible(SqlType sql) => sql.Name switch
    {
        "int" or "bigint" or "smallint" or "tinyint" => ["int64"],
        "decimal" or "numeric" or "money" => ["decimal", "double"],
        "float" or "real" => ["double"],
        "bit" => ["boolean"],
        "date" or "datetime2" or "datetime" or "smalldatetime" or "datetimeoffset" => ["dateTime"],
        "varchar" or "nvarchar" or "char" or "nchar" or "text" or "ntext" => ["string"],
        _ => [],
    };
}
