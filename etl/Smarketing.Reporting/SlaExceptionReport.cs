using System.Data.Common;
using System.Globalization;
using System.Net;
using System.Text;
using Smarketing.Etl.Loading;
using Sylvan.Data.Csv;

namespace Smarketing.Reporting;

/// <summary>The sales managers' daily list from rpt.SlaExceptions: per manager, which rep let which lead sit past which SLA and
/// by how many business hours — as CSV (one row per exception) or a self-contained HTML page ready to be mailed.</summary>
public static class SlaExceptionReport
{
    // "Rule" is quoted: RULE is a reserved word of T-SQL (the same statement runs on SQL Server).
    internal const string Sql =
        "SELECT COALESCE(ManagerName, '(no manager)') AS Manager, ManagerEmail, RepName AS Rep, RepEmail, Team, " +
        "SalesforceLeadId, Company, " +
        "PersonaName AS Persona, SlaRuleName AS \"Rule\", ExceptionType, TargetBusinessHours, ElapsedBusinessHours, " +
        "HoursOverdue, StartedAtUtc, DueAtUtc, " +
        "ResolvedAtUtc, Resolution, AsOfUtc FROM rpt.SlaExceptions ORDER BY Manager, HoursOverdue DESC, SalesforceLeadId";

    /// <summary>Writes the list as CSV; returns the number of exceptions.</summary>
    public static int WriteCsv(IWarehouseLoader warehouse, TextWriter output)
    {
        using var reader = warehouse.Read(Sql);
        using var csv = CsvDataWriter.Create(output, new CsvDataWriterOptions { DateTimeFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'", Culture = CultureInfo.InvariantCulture });
        return (int)csv.Write(reader);
    }

    /// <summary>Writes the list as an HTML page grouped by manager; returns the number of exceptions.</summary>
    public static int WriteHtml(IWarehouseLoader warehouse, TextWriter output)
    {
        var rows = new List<Dictionary<string, object?>>();
        using (var reader = warehouse.Read(Sql))
        {
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).ToDictionary(reader.GetName, i => reader.IsDBNull(i) ? null : reader.GetValue(i)));
            }
        }

        var asOf = rows.Count > 0 ? Text(rows[0]["AsOfUtc"]) : "—";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>SLA exceptions as of {{asOf}} UTC</title>
            <style>body{font-family:Segoe UI,Arial,sans-serif;margin:24px;color:#222}h1{font-size:20px}h2{font-size:16px;margin-top:28px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #ddd;padding:4px 8px;text-align:left}
            th{background:#f3f3f3}td.num{text-align:right}.open{color:#b00020;font-weight:600}.summary{color:#555}</style></head><body>
            <h1>SLA exceptions as of {{asOf}} UTC</h1>
            <p class="summary">{{rows.Count}} exception(s): clocks open past their due time, and clocks breached in the last days. Hours are business hours of the rep's calendar.</p>
            """);
        foreach (var manager in rows.GroupBy(r => Text(r["Manager"])))
        {
            html.Append(CultureInfo.InvariantCulture, $"<h2>{Encode(manager.Key)} — {manager.Count()} exception(s)</h2>\n");
            html.Append("<table><thead><tr><th>Rep</th><th>Lead</th><th>Company</th><th>Rule</th><th>Exception</th><th>Target h</th><th>Elapsed h</th><th>Over by h</th><th>Started (UTC)</th><th>Due (UTC)</th></tr></thead><tbody>\n");
            foreach (var r in manager)
            {
                var open = Text(r["ExceptionType"]).StartsWith("Open", StringComparison.Ordinal) ? " class=\"open\"" : "";
                html.Append(CultureInfo.InvariantCulture,
                    $"<tr><td>{Encode(Text(r["Rep"]))}</td><td>{Encode(Text(r["SalesforceLeadId"]))}</td><td>{Encode(Text(r["Company"]))}</td><td>{Encode(Text(r["Rule"]))}</td>" +
                    $"<td{open}>{Encode(Text(r["ExceptionType"]))}</td><td class=\"num\">{Text(r["TargetBusinessHours"])}</td><td class=\"num\">{Text(r["ElapsedBusinessHours"])}</td>" +
                    $"<td class=\"num\">{Text(r["HoursOverdue"])}</td><td>{Text(r["StartedAtUtc"])}</td><td>{Text(r["DueAtUtc"])}</td></tr>\n");
            }

            html.Append("</tbody></table>\n");
        }

        html.Append("</body></html>\n");
        output.Write(html.ToString());
        return rows.Count;
    }

    private static string Text(object? value) => value switch
    {
        null => "",
        DateTime d => d.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        decimal m => m.ToString("0.##", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
