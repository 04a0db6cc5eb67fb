using System.Globalization;
using Microsoft.SqlServer.Dac.Model;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Catalog;

/// <summary>Translates DacFx model columns and ScriptDom type references into <see cref="SqlType"/>.</summary>
internal static class SqlTypeMapping
{
    private static readonly HashSet<string> LengthTypes = new(StringComparer.Ordinal) { "char", "varchar", "nchar", "nvarchar", "binary", "varbinary" };
    private static readonly HashSet<string> ExactNumericTypes = new(StringComparer.Ordinal) { "decimal", "numeric" };
    private static readonly HashSet<string> FractionalSecondTypes = new(StringComparer.Ordinal) { "datetime2", "time", "datetimeoffset" };

    /// <summary>The declared type of a table column (or null for a computed column, which has none).</summary>
    public static SqlType? FromColumn(TSqlObject column)
    {
        var dataType = column.GetReferenced(Column.DataType).FirstOrDefault();
        if (dataType is null)
        {
            return null;
        }

        var name = ModelNames.Name(dataType).ToLowerInvariant();
        if (LengthTypes.Contains(name))
        {
            return new SqlType(name, Length: column.GetProperty<bool>(Column.IsMax) ? -1 : column.GetProperty<int>(Column.Length));
        }

        if (ExactNumericTypes.Contains(name))
        {
            return new SqlType(name, Precision: column.GetProperty<int>(Column.Precision), Scale: column.GetProperty<int>(Column.Scale));
        }

        // DacFx stores the fractional-second precision of datetime2(n) in Scale; the catalog calls it Precision.
        return FractionalSecondTypes.Contains(name) ? new SqlType(name, Precision: column.GetProperty<int>(Column.Scale)) : new SqlType(name);
    }

    /// <summary>The type named in a CAST, or null for user-defined or unparameterised-but-unusual references.</summary>
    public static SqlType? FromDataTypeReference(DataTypeReference reference)
    {
        if (reference is not SqlDataTypeReference sql)
        {
            return null;
        }

        var name = sql.SqlDataTypeOption.ToString().ToLowerInvariant();
        var parameters = sql.Parameters.Select(p => p is MaxLiteral ? -1 : int.Parse(p.Value, CultureInfo.InvariantCulture)).ToList();
        int? First(int fallback) => parameters.Count > 0 ? parameters[0] : fallback;
        return name switch
        {
            _ when LengthTypes.Contains(name) => new SqlType(name, Length: First(1)),
            _ when ExactNumericTypes.Contains(name) => new SqlType(name, Precision: First(18), Scale: parameters.Count > 1 ? parameters[1] : 0),
            _ when FractionalSecondTypes.Contains(name) => new SqlType(name, Precision: First(7)),
            _ => new SqlType(name),
        };
    }
}
