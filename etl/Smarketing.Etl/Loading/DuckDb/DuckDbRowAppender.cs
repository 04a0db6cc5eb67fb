using System.Linq.Expressions;
using System.Reflection;
using DuckDB.NET.Data;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Loading.DuckDb;

/// <summary>Appends a row record of <typeparamref name="T"/> to a DuckDB appender with one typed <c>AppendValue</c> call per
/// property (compiled once per record type), instead of boxing every value into an <c>object?[]</c> and switching on its type:
/// the appender's overloads take <c>int?</c>, <c>DateTime?</c>, <c>string?</c> …, exactly the CLR types
/// <see cref="RowMapping"/> requires of a record's properties.</summary>
internal static class DuckDbRowAppender<T>
    where T : class
{
    /// <summary>The compiled appender, or null when a property has a type the appender has no overload for.</summary>
    public static Action<T, DuckDBAppender>? Append { get; } = Compile();

    /// <summary>The CLR type each column carries (nullable unwrapped), in record order, to compare with the writer's.</summary>
    public static IReadOnlyList<Type> Types { get; } = RowMap<T>.Instance.Properties
        .Select(p => Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType).ToList();

    private static Action<T, DuckDBAppender>? Compile()
    {
        var rowType = typeof(DuckDBAppender).GetMethod(nameof(DuckDBAppender.CreateRow), Type.EmptyTypes)!.ReturnType;
        var record = Expression.Parameter(typeof(T), "record");
        var appender = Expression.Parameter(typeof(DuckDBAppender), "appender");
        Expression row = Expression.Call(appender, nameof(DuckDBAppender.CreateRow), Type.EmptyTypes);
        foreach (var property in RowMap<T>.Instance.Properties)
        {
            var type = property.PropertyType;
            var parameter = type.IsValueType && Nullable.GetUnderlyingType(type) is null
                ? typeof(Nullable<>).MakeGenericType(type)
                : type;
            var append = rowType.GetMethod("AppendValue", BindingFlags.Public | BindingFlags.Instance, [parameter])
                ?? ConvertedOverload(rowType, parameter);
            if (append is null || append.ReturnType != rowType)
            {
                return null;
            }

            Expression value = Expression.Property(record, property);
            var carried = append.GetParameters()[0].ParameterType;
            row = Expression.Call(row, append, carried == type ? value : Expression.Convert(value, carried));
        }

        var end = Expression.Call(row, rowType.GetMethod("EndRow", Type.EmptyTypes)!);
        return Expression.Lambda<Action<T, DuckDBAppender>>(end, record, appender).Compile();
    }

    /// <summary>The overload taking a DuckDB struct the value converts to implicitly (DateOnly → DuckDBDateOnly), as the C#
    /// compiler picks it for <c>row.AppendValue(dateOnly)</c>.</summary>
    private static MethodInfo? ConvertedOverload(Type rowType, Type parameter)
    {
        var value = Nullable.GetUnderlyingType(parameter) ?? parameter;
        return rowType.GetMethods(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(m =>
            m.Name == "AppendValue" && !m.IsGenericMethodDefinition && m.GetParameters() is [var only]
            && Nullable.GetUnderlyingType(only.ParameterType) is { } target
            && target.GetMethod("op_Implicit", BindingFlags.Public | BindingFlags.Static, [value]) is { } conversion
            && conversion.ReturnType == target);
    }
}
