namespace Smarketing.Reporting.Dashboard;

/// <summary>One row set embedded in the page: column names and rows of plain values (numbers, strings, null), the shape in which
/// it is written as JSON (compact: the names once, not per row).</summary>
/// <param name="Columns">The column names, as the view names them.</param>
/// <param name="Rows">The rows; dates as ISO-8601 strings, decimals as numbers.</param>
public sealed record DashboardTable(IReadOnlyList<string> Columns, IReadOnlyList<object?[]> Rows);
