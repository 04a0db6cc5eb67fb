using System.Net;
using System.Reflection;
using System.Text;
using System.Text.Json;

namespace Smarketing.Reporting.Dashboard;

/// <summary>Renders <see cref="DashboardData"/> as one self-contained HTML file: the page's style, Apache ECharts and the
/// dashboard's script (built from etl/dashboard by npm and embedded in this assembly at build time) and the data, all inline —
/// it opens from disk with no server and downloads nothing. The script draws every page and re-aggregates the data for the
/// filters.</summary>
public static class DashboardPage
{
    /// <summary>The whole page.</summary>
    public static string Render(DashboardData data)
    {
        var json = JsonSerializer.Serialize(new
        {
            asOfUtc = data.AsOfUtc,
            currency = data.Currency,
            headlineSlaRule = data.HeadlineSlaRule,
            tables = data.Tables.ToDictionary(t => t.Key, t => new { columns = t.Value.Columns, rows = t.Value.Rows }),
        });
        var asOf = data.AsOfUtc.Length >= 16 ? data.AsOfUtc[..16].Replace('T', ' ') + " UTC" : "no successful batch";
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>Smarketing dashboard — as of ").Append(WebUtility.HtmlEncode(asOf)).Append("</title>\n<style>")
            .Append(Asset("dashboard.css")).Append("</style>\n</head><body>\n")
            .Append("<noscript>This dashboard needs JavaScript (it runs locally; nothing is downloaded).</noscript>\n")
            // System.Text.Json escapes <, > and & inside strings, so the data cannot close its script element.
            .Append("<script type=\"application/json\" id=\"dashboard-data\">").Append(json).Append("</script>\n")
            .Append("<script>").Append(Script("echarts.min.js")).Append("</script>\n")
            .Append("<script>").Append(Script("dashboard.js")).Append("</script>\n")
            .Append("</body></html>\n");
        return html.ToString();
    }

    /// <summary>An embedded script, with any "&lt;/script" inside a string literal broken so it cannot end the element
    /// early.</summary>
    private static string Script(string name) => Asset(name).Replace("</script", "<\\/script", StringComparison.OrdinalIgnoreCase);

    private static string Asset(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Dashboard/" + name)
                           ?? throw new InvalidOperationException(
                               $"The dashboard asset {name} is not embedded: build etl/Smarketing.Etl (it runs npm ci).");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return reader.ReadToEnd();
    }
}
