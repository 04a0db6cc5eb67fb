using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace Smarketing.Schema.Tests.Warehouse;

/// <summary>Finds what is outside the SQL subset both SQL Server and the embedded engine run unchanged (docs: ENGINES.md).</summary>
internal sealed class PortableSql : TSqlFragmentVisitor
{
    private static readonly HashSet<string> ForbiddenFunctions = new(StringComparer.OrdinalIgnoreCase)
    {
        "ISNULL", "DATEDIFF", "DATEDIFF_BIG", "DATEADD", "GETDATE", "GETUTCDATE", "SYSDATETIME", "SYSUTCDATETIME", "CURRENT_TIMESTAMP", "LEN", "CHARINDEX",
    };

    private readonly List<string> _violations = [];

    /// <summary>Every violation in <paramref name="sql"/> (which may hold several GO-separated batches), with its line.</summary>
    public static IReadOnlyList<string> Violations(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        var fragment = parser.Parse(reader, out var errors);
        var checker = new PortableSql();
        checker._violations.AddRange(errors.Select(e => $"line {e.Line}: does not parse: {e.Message}"));
        fragment.Accept(checker);
        return checker._violations;
    }

    private void Add(TSqlFragment node, string what) => _violations.Add($"line {node.StartLine}: {what}");

    public override void Visit(Identifier node)
    {
        if (node.QuoteType != QuoteType.NotQuoted)
        {
            Add(node, $"quoted identifier {node.Value} (use plain identifiers)");
        }
    }

    public override void Visit(FunctionCall node)
    {
        if (ForbiddenFunctions.Contains(node.FunctionName.Value))
        {
            Add(node, $"{node.FunctionName.Value}() is not portable");
        }
    }

    public override void Visit(ParameterlessCall node) => Add(node, $"{node.ParameterlessCallType} is not portable");

    public override void Visit(IIfCall node) => Add(node, "IIF is not portable (use CASE)");

    public override void Visit(ConvertCall node) => Add(node, "CONVERT is not portable (use CAST)");

    public override void Visit(TryConvertCall node) => Add(node, "TRY_CONVERT is not portable");

    public override void Visit(TopRowFilter node) => Add(node, "TOP is not portable");

    public override void Visit(VariableReference node) => Add(node, $"variable {node.Name} is not portable");

    public override void Visit(StringLiteral node)
    {
        if (node.IsNational)
        {
            Add(node, $"N'{node.Value}' literal (write '{node.Value}')");
        }
    }

    public override void Visit(UnqualifiedJoin node)
    {
        if (node.UnqualifiedJoinType is UnqualifiedJoinType.CrossApply or UnqualifiedJoinType.OuterApply)
        {
            Add(node, "APPLY is not portable");
        }
    }

    public override void Visit(BinaryExpression node)
    {
        if (node.BinaryExpressionType == BinaryExpressionType.Add && (node.FirstExpression is StringLiteral || node.SecondExpression is StringLiteral))
        {
            Add(node, "+ on strings is not portable (use CONCAT)");
        }

        if (node.BinaryExpressionType == BinaryExpressionType.Divide && !IsDecimal(node.FirstExpression) && !IsDecimal(node.SecondExpression))
        {
            Add(node, "division without a CAST to decimal (or a decimal literal such as 2.0) on one side (integer division differs between engines)");
        }
    }

    /// <summary>A CAST to decimal/numeric/float, or a numeric literal with a decimal point: both engines then divide in decimals.</summary>
    private static bool IsDecimal(ScalarExpression expression) =>
        expression is NumericLiteral { Value: var literal } && literal.Contains('.', StringComparison.Ordinal)
        || (expression is CastCall { DataType: SqlDataTypeReference type }
            && type.SqlDataTypeOption is SqlDataTypeOption.Decimal or SqlDataTypeOption.Numeric or SqlDataTypeOption.Float);
}
