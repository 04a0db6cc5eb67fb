using System.Globalization;
using Smarketing.Schema.Catalog;

namespace Smarketing.Etl.Loading;

/// <summary>Converts a value to the CLR type a bulk writer expects for a model column type.</summary>
public static class ClrValue
{
    /// <summary>The CLR type that carries values of <paramref name="type"/>.</summary>
    public static Type For(SqlType type) => type.Name switch
    {
        "bigint" => typeof(long),
        "int" => typeof(int),
        "smallint" => typeof(short),
        "tinyint" => typeof(byte),
        "bit" => typeof(bool),
        "decimal" or "numeric" or "money" => typeof(decimal),
        "float" => typeof(double),
        "real" => typeof(float),
        "date" => typeof(DateOnly),
        "datetime2" or "datetime" or "smalldatetime" => typeof(DateTime),
        _ => typeof(string),
    };

    /// <summary>Converts <paramref name="value"/> to <paramref name="target"/> (null stays null).</summary>
    public static object? Convert(object? value, Type target)
    {
        if (value is null || value is DBNull || value.GetType() == target)
        {
            return value is DBNull ? null : value;
        }

        return value switch
        {
            DateTime dt when target == typeof(DateOnly) => DateOnly.FromDateTime(dt),
            DateOnly d when target == typeof(DateTime) => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            _ when target == typeof(string) => System.Convert.ToString(value, CultureInfo.InvariantCulture),
            _ => System.Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }
}
