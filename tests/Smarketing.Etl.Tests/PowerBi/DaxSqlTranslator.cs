using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Smarketing.PowerBi;

namespace Smarketing.Etl.Tests.PowerBi;

/// <summary>Evaluates the simple measures of the TMDL model as SQL over the rpt views, so a test can compare what the DAX computes
/// with an independent SQL formulation of the metric. It understands the subset the model's simple measures are written in —
/// SUM, AVERAGE, COUNTROWS, DISTINCTCOUNT, CALCULATE with column = constant filters and USERELATIONSHIP, DIVIDE, + − × ÷,
/// measure references, and <c>VAR v = SELECTEDVALUE(column, default) RETURN …</c> (no selection: the default) — and follows
/// relationships as Power BI does: a filter on another table reaches a row through a relationship from the row's table to it, and
/// a date filter reaches it through the active relationship to the date table or the one USERELATIONSHIP names. Anything else
/// throws <see cref="NotSupportedException"/>: such a measure is not "simple" and is not compared.</summary>
internal sealed partial class DaxSqlTranslator(PowerBiProject project)
{
    private readonly IReadOnlyDictionary<string, TmdlNode> tables = project.Tables;
    private readonly List<ModelRelationship> relationships = project.Relationships;

    [GeneratedRegex("""\s*(?:(?<num>\d+(?:\.\d+)?)|(?<str>"(?:[^"]|"")*")|(?<ref>(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_]*)?\[[^\]]+\])|(?<table>'(?:[^']|'')+')|(?<id>[A-Za-z_][A-Za-z0-9_.]*)|(?<op>[(),=+\-*/]))""")]
    private static partial Regex Token();

    private sealed record Context(IReadOnlyList<(string Table, string Column, string Literal)> Filters, IReadOnlyList<ModelRelationship> Using,
        IReadOnlyDictionary<string, string> Variables, string? DatePredicate);

    /// <summary>The measure's value as one SQL expression; <paramref name="datePredicate"/> filters the date table (e.g. <c>Year = 2025</c>).</summary>
    public string Sql(string measure, string? datePredicate = null) =>
        "SELECT " + Measure(measure, new Context([], [], new Dictionary<string, string>(), datePredicate));

    private string Measure(string name, Context context)
    {
        var measure = tables.Values.SelectMany(t => t.ChildrenOf("measure")).FirstOrDefault(m => m.Name == name)
                      ?? throw new NotSupportedException($"no measure [{name}]");
        var tokens = Token().Matches(measure.Expression!).Select(m => m.Value.Trim()).ToList();
        var position = 0;
        var sql = Expression(tokens, ref position, context);
        return position == tokens.Count ? sql : throw new NotSupportedException($"[{name}]: unexpected '{tokens[position]}'");
    }

    private string Expression(List<string> tokens, ref int i, Context context)
    {
        if (tokens[i] == "VAR")
        {
            var name = tokens[i + 1];
            i += 3; // VAR name =
            var arguments = Call(tokens, ref i, "SELECTEDVALUE", 2);
            var (table, column) = ColumnRef(arguments[0]);
            var at = 0;
            var fallback = Factor([arguments[1]], ref at, context);
            if (context.Filters.Any(f => f.Table == table && f.Column == column))
            {
                throw new NotSupportedException("SELECTEDVALUE of a filtered column");
            }

            Expect(tokens, ref i, "RETURN");
            var variables = new Dictionary<string, string>(context.Variables) { [name] = fallback };
            return Expression(tokens, ref i, context with { Variables = variables });
        }

        var sql = new StringBuilder(Term(tokens, ref i, context));
        while (i < tokens.Count && tokens[i] is "+" or "-")
        {
            var op = tokens[i++];
            sql.Insert(0, "(").Append(' ').Append(op).Append(" COALESCE(").Append(Term(tokens, ref i, context)).Append(", 0))");
        }

        return sql.ToString();
    }

    private string Term(List<string> tokens, ref int i, Context context)
    {
        var sql = Factor(tokens, ref i, context);
        while (i < tokens.Count && tokens[i] is "*" or "/")
        {
            var op = tokens[i++];
            var right = Factor(tokens, ref i, context);
            sql = op == "*" ? $"({sql} * {right})" : $"(CAST({sql} AS DOUBLE) / NULLIF({right}, 0))";
        }

        return sql;
    }

    private string Factor(List<string> tokens, ref int i, Context context)
    {
        var token = tokens[i];
        if (char.IsDigit(token[0]) || token[0] == '"')
        {
            i++;
            return token[0] == '"' ? "'" + token[1..^1].Replace("\"\"", "\"", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal) + "'" : token;
        }

        if (token == "(")
        {
            i++;
            var inner = Expression(tokens, ref i, context);
            Expect(tokens, ref i, ")");
            return inner;
        }

        if (token.EndsWith(']'))
        {
            i++;
            var (table, name) = ColumnRef(token);
            return table is null ? "(" + Measure(name, context) + ")" : throw new NotSupportedException($"bare column {token}");
        }

        var function = token.ToUpperInvariant();
        switch (function)
        {
            case "TRUE" or "FALSE":
                Call(tokens, ref i, function, 0);
                return function;
            case "DIVIDE":
            {
                i += 2;
                var numerator = Expression(tokens, ref i, context);
                Expect(tokens, ref i, ",");
                var denominator = Expression(tokens, ref i, context);
                Expect(tokens, ref i, ")");
                return $"(CAST({numerator} AS DOUBLE) / NULLIF({denominator}, 0))";
            }

            case "SUM" or "AVERAGE" or "DISTINCTCOUNT" or "COUNTROWS":
            {
                var argument = Call(tokens, ref i, function, 1)[0];
                var (table, column) = function == "COUNTROWS" ? (TableName(argument), null) : ColumnRef(argument);
                var aggregate = function switch
                {
                    "SUM" => $"SUM(t.{Source(table!, column!)})",
                    "AVERAGE" => $"AVG(t.{Source(table!, column!)})",
                    "DISTINCTCOUNT" => $"COUNT(DISTINCT t.{Source(table!, column!)})",
                    _ => "COUNT(*)",
                };
                return Aggregate(table!, aggregate, context);
            }

            case "CALCULATE":
            {
                i += 2;
                var start = i;
                SkipArgument(tokens, ref i);
                var filters = context.Filters.ToList();
                var usingRelationships = context.Using.ToList();
                while (tokens[i] == ",")
                {
                    i++;
                    Filter(tokens, ref i, context, filters, usingRelationships);
                }

                Expect(tokens, ref i, ")");
                var end = i;
                i = start;
                var inner = Expression(tokens, ref i, context with { Filters = filters, Using = usingRelationships });
                i = end;
                return inner;
            }

            default:
                throw new NotSupportedException($"function {token}");
        }
    }

    private void Filter(List<string> tokens, ref int i, Context context, List<(string, string, string)> filters, List<ModelRelationship> usingRelationships)
    {
        if (tokens[i].Equals("USERELATIONSHIP", StringComparison.OrdinalIgnoreCase))
        {
            var ends = Call(tokens, ref i, "USERELATIONSHIP", 2).Select(ColumnRef).ToArray();
            usingRelationships.Add(relationships.Single(r => r.Joins(ends[0].Table!, ends[0].Name, ends[1].Table!, ends[1].Name)));
            return;
        }

        var (table, column) = ColumnRef(tokens[i++]);
        Expect(tokens, ref i, "=");
        var value = tokens[i];
        string literal;
        if (value.ToUpperInvariant() is "TRUE" or "FALSE")
        {
            literal = value.ToUpperInvariant();
            Call(tokens, ref i, literal, 0);
        }
        else if (context.Variables.TryGetValue(value, out var variable))
        {
            literal = variable;
            i++;
        }
        else
        {
            literal = Factor(tokens, ref i, context);
        }

        filters.Add((table ?? throw new NotSupportedException("unqualified filter column"), column, literal));
    }

    /// <summary>One aggregate over a table's view, under the context's filters and date predicate.</summary>
    private string Aggregate(string table, string aggregate, Context context)
    {
        var where = new List<string>();
        foreach (var (filterTable, column, literal) in context.Filters)
        {
            if (filterTable == table)
            {
                where.Add($"t.{Source(table, column)} = {literal}");
            }
            else if (relationships.FirstOrDefault(r => r.IsActive && r.FromTable == table && r.ToTable == filterTable) is { } hop)
            {
                where.Add($"t.{Source(table, hop.FromColumn)} IN (SELECT {Source(filterTable, hop.ToColumn)} FROM {View(filterTable)} "
                          + $"WHERE {Source(filterTable, column)} = {literal})");
            }
        }

        if (context.DatePredicate is { } predicate)
        {
            var dateTable = tables.Values.Single(t => t.Properties.GetValueOrDefault("dataCategory") == "Time").Name;
            var toDate = context.Using.FirstOrDefault(r => r.FromTable == table && r.ToTable == dateTable)
                         ?? relationships.FirstOrDefault(r => r.IsActive && r.FromTable == table && r.ToTable == dateTable);
            if (toDate is not null)
            {
                where.Add($"t.{Source(table, toDate.FromColumn)} IN (SELECT {Source(dateTable, toDate.ToColumn)} FROM {View(dateTable)} WHERE {predicate})");
            }
        }

        return $"(SELECT {aggregate} FROM {View(table)} AS t{(where.Count == 0 ? "" : " WHERE " + string.Join(" AND ", where))})";
    }

    private string View(string table) =>
        "rpt." + Regex.Match(tables[table].ChildrenOf("partition").Single().Properties["source"], "Item=\"(\\w+)\"").Groups[1].Value;

    private string Source(string table, string column) =>
        tables[table].ChildrenOf("column").Single(c => c.Name == column).Properties["sourceColumn"];

    private static (string? Table, string Name) ColumnRef(string token) => DaxReferences.In(token).Single();

    private static string TableName(string token) => token.StartsWith('\'') ? token[1..^1].Replace("''", "'", StringComparison.Ordinal) : token;

    /// <summary>Reads <c>NAME ( a , b … )</c> with simple arguments (one token each) and returns them.</summary>
    private static List<string> Call(List<string> tokens, ref int i, string name, int arguments)
    {
        if (!tokens[i].Equals(name, StringComparison.OrdinalIgnoreCase) || tokens[i + 1] != "(")
        {
            throw new NotSupportedException($"expected {name}( at '{tokens[i]}'");
        }

        var values = new List<string>();
        i += 2;
        for (var n = 0; n < arguments; n++)
        {
            values.Add(tokens[i++]);
            Expect(tokens, ref i, n == arguments - 1 ? ")" : ",");
        }

        if (arguments == 0)
        {
            Expect(tokens, ref i, ")");
        }

        return values;
    }

    private static void SkipArgument(List<string> tokens, ref int i)
    {
        for (var depth = 0; depth > 0 || (tokens[i] != "," && tokens[i] != ")"); i++)
        {
            depth += tokens[i] == "(" ? 1 : tokens[i] == ")" ? -1 : 0;
        }
    }

    private static void Expect(List<string> tokens, ref int i, string token)
    {
        if (i >= tokens.Count || !tokens[i].Equals(token, StringComparison.OrdinalIgnoreCase))
        {
            throw new NotSupportedException($"expected '{token}' at {(i < tokens.Count ? tokens[i] : "the end")}");
        }

        i++;
    }

    /// <summary>Formats a value for messages.</summary>
    public static string Show(double? value) => value?.ToString("0.######", CultureInfo.InvariantCulture) ?? "blank";
}
