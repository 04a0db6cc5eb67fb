namespace Smarketing.Schema.Catalog;

/// <summary>A column's SQL Server data type as declared in the warehouse model (e.g. <c>decimal(19,4)</c>, <c>nvarchar(max)</c>).</summary>
/// <param name="Name">Lower-case T-SQL type name: int, bigint, decimal, nvarchar, datetime2, bit, date …</param>
/// <param name="Length">Character/binary length; null when not applicable; -1 for <c>max</c>.</param>
/// <param name="Precision">Numeric precision, or fractional-second precision for datetime2/time.</param>
/// <param name="Scale">Numeric scale.</param>
public sealed record SqlType(string Name, int? Length = null, int? Precision = null, int? Scale = null)
{
    /// <summary>True for <c>(max)</c> string and binary types.</summary>
    public bool IsMax => Length == -1;

    /// <summary>The type as T-SQL text, e.g. <c>decimal(19,4)</c>.</summary>
    public string ToTSql() => Name switch
    {
        "decimal" or "numeric" => $"{Name}({Precision},{Scale})",
        "datetime2" or "time" or "datetimeoffset" when Precision is not null => $"{Name}({Precision})",
        "varchar" or "nvarchar" or "char" or "nchar" or "varbinary" or "binary" when Length is not null
            => IsMax ? $"{Name}(max)" : $"{Name}({Length})",
        _ => Name,
    };

    /// <inheritdoc />
    public override string ToString() => ToTSql();
}
