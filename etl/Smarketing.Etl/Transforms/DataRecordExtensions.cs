using System.Data;
using System.Globalization;

namespace Smarketing.Etl.Transforms;

/// <summary>Engine-neutral typed reads: DuckDB returns DATE as DateOnly and BOOLEAN as bool, SQL Server date as DateTime and bit as bool.
/// Columns already of the wanted type are read with the typed getter (no boxing: transforms read millions of values).</summary>
public static class DataRecordExtensions
{
    /// <summary>String or null.</summary>
    public static string? Str(this IDataRecord r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldType(i) == typeof(string) ? r.GetString(i) : Convert.ToString(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Int32 or null.</summary>
    public static int? Int(this IDataRecord r, int i) =>
        r.IsDBNull(i) ? null : r.GetFieldType(i) == typeof(int) ? r.GetInt32(i) : Convert.ToInt32(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Int64 or null.</summary>
    public static long? Long(this IDataRecord r, int i) =>
        r.IsDBNull(i) ? null
        : r.GetFieldType(i) == typeof(long) ? r.GetInt64(i)
        : Convert.ToInt64(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Decimal or null.</summary>
    public static decimal? Dec(this IDataRecord r, int i) =>
        r.IsDBNull(i) ? null
        : r.GetFieldType(i) == typeof(decimal) ? r.GetDecimal(i)
        : Convert.ToDecimal(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Boolean or null.</summary>
    public static bool? Bool(this IDataRecord r, int i) =>
        r.IsDBNull(i) ? null
        : r.GetFieldType(i) == typeof(bool) ? r.GetBoolean(i)
        : Convert.ToBoolean(r.GetValue(i), CultureInfo.InvariantCulture);

    /// <summary>Date or null.</summary>
    public static DateOnly? Date(this IDataRecord r, int i) => r.IsDBNull(i) ? null : r.GetValue(i) switch
    {
        DateOnly d => d,
        DateTime dt => DateOnly.FromDateTime(dt),
        var v => DateOnly.Parse(Convert.ToString(v, CultureInfo.InvariantCulture)!, CultureInfo.InvariantCulture),
    };

    /// <summary>UTC instant or null.</summary>
    public static DateTime? Instant(this IDataRecord r, int i)
    {
        if (r.IsDBNull(i))
        {
            return null;
        }

        return r.GetFieldType(i) == typeof(DateTime) ? DateTime.SpecifyKind(r.GetDateTime(i), DateTimeKind.Utc) : r.GetValue(i) switch
        {
            DateTime dt => DateTime.SpecifyKind(dt, DateTimeKind.Utc),
            DateOnly d => d.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc),
            var v => DateTime.SpecifyKind(Convert.ToDateTime(v, CultureInfo.InvariantCulture), DateTimeKind.Utc),
        };
    }
}
