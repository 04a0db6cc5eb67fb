using System.Globalization;
using System.Net;
using System.Text;

namespace Smarketing.Etl.Reporting.Dashboard;

/// <summary>Renders <see cref="DashboardData"/> as one self-contained HTML page: KPI tiles, charts as inline SVG, the exceptions table.
/// Elements carry data-* attributes (data-kpi, data-chart, data-table) so the page can be checked in a browser.</summary>
public static class DashboardPage
{
    /// <summary>The whole page.</summary>
    public static string Render(DashboardData data)
    {
        var asOf = data.AsOfUtc?.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture) ?? "—";
        var html = new StringBuilder();
        html.Append(CultureInfo.InvariantCulture, $$"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Smarketing dashboard — as of {{asOf}} UTC</title>
            <style>
            body{font-family:Segoe UI,Arial,sans-serif;margin:0;background:#f5f6f8;color:#1f2328}
            header{background:#1f3b5a;color:#fff;padding:14px 24px}header h1{margin:0;font-size:20px}header p{margin:4px 0 0;opacity:.8;font-size:13px}
            main{padding:16px 24px}.tiles{display:flex;flex-wrap:wrap;gap:12px}
            .kpi{background:#fff;border-radius:8px;padding:12px 16px;min-width:170px;box-shadow:0 1px 2px rgba(0,0,0,.08)}
            .kpi .label{font-size:12px;color:#57606a}.kpi .value{font-size:26px;font-weight:600;margin-top:4px}
            .grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(640px,1fr));gap:12px;margin-top:12px}
            section{background:#fff;border-radius:8px;padding:8px;box-shadow:0 1px 2px rgba(0,0,0,.08)}section h2{font-size:15px;margin:6px 8px}
            .empty{color:#57606a;font-size:13px;padding:24px 8px}
            table{border-collapse:collapse;width:100%;font-size:13px}th,td{border-bottom:1px solid #e5e7eb;padding:4px 8px;text-align:left}td.num{text-align:right}
            </style></head><body>
            <header><h1>Sales &amp; marketing — one set of numbers</h1><p>Smarketing Warehouse · as of {{asOf}} UTC · figures from the rpt views</p></header>
            <main><div class="tiles">
            """);
        foreach (var kpi in data.Kpis)
        {
            var raw = kpi.Value?.ToString(CultureInfo.InvariantCulture) ?? "";
            html.Append(CultureInfo.InvariantCulture,
                $"<div class=\"kpi\" data-kpi=\"{kpi.Key}\" data-value=\"{raw}\"><div class=\"label\">{Encode(kpi.Label)}</div><div class=\"value\">{Format(kpi)}</div></div>\n");
        }

        html.Append("</div><div class=\"grid\">\n");
        Chart(html, "funnel", "Funnel", data.Funnel.Count > 0 ? DashboardCharts.Funnel(data.Funnel) : null);
        Chart(html, "sla-trend", "SLA compliance trend", data.SlaTrend.Count > 0 ? DashboardCharts.SlaTrend(data.SlaTrend) : null);
        Chart(html, "campaign-roi", "Campaign ROI", data.CampaignRoi.Count > 0 ? DashboardCharts.CampaignRoi(data.CampaignRoi) : null);
        Chart(html, "clv-cac", "CLV : CAC by channel", data.ClvToCac.Count > 0 ? DashboardCharts.ClvToCac(data.ClvToCac) : null);
        html.Append("</div>\n");
        Exceptions(html, data.Exceptions);
        html.Append("</main></body></html>\n");
        return html.ToString();
    }

    private static void Chart(StringBuilder html, string key, string title, string? svg)
    {
        html.Append(CultureInfo.InvariantCulture, $"<section data-chart=\"{key}\"><h2>{Encode(title)}</h2>");
        html.Append(svg ?? "<div class=\"empty\">No data for this chart in the warehouse yet.</div>");
        html.Append("</section>\n");
    }

    private static void Exceptions(StringBuilder html, IReadOnlyList<ExceptionRow> rows)
    {
        html.Append("<section style=\"margin-top:12px\"><h2>SLA exceptions (worst 25)</h2><table data-table=\"sla-exceptions\"><thead><tr>" +
                    "<th>Manager</th><th>Rep</th><th>Lead</th><th>Company</th><th>Rule</th><th>Exception</th><th>Hours overdue</th></tr></thead><tbody>\n");
        foreach (var r in rows)
        {
            html.Append(CultureInfo.InvariantCulture,
                $"<tr><td>{Encode(r.Manager)}</td><td>{Encode(r.Rep)}</td><td>{Encode(r.Lead)}</td><td>{Encode(r.Company)}</td><td>{Encode(r.Rule)}</td>" +
                $"<td>{Encode(r.Type)}</td><td class=\"num\">{r.HoursOverdue.ToString("0.00", CultureInfo.InvariantCulture)}</td></tr>\n");
        }

        html.Append("</tbody></table></section>\n");
    }

    /// <summary>The tile text of a KPI (e.g. "76.0 %", "1,995", "$12.3k").</summary>
    public static string Format(Kpi kpi) => kpi.Value is not { } v ? "—" : kpi.Format switch
    {
        "percent" => (v * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %",
        "money" => v.ToString("#,0", CultureInfo.InvariantCulture),
        "ratio" => v.ToString("0.0", CultureInfo.InvariantCulture) + " : 1",
        _ => v.ToString("#,0", CultureInfo.InvariantCulture),
    };

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
