using System.Globalization;
using ScottPlot;

namespace Smarketing.Etl.Reporting.Dashboard;

/// <summary>The dashboard's charts, drawn by ScottPlot and embedded as SVG markup (no script, works offline).</summary>
public static class DashboardCharts
{
    private const int Width = 620;
    private const int Height = 320;

    /// <summary>Leads reaching each stage, as bars in funnel order.</summary>
    public static string Funnel(IReadOnlyList<(string Stage, long Leads)> funnel) =>
        Bars("Leads reaching each stage", funnel.Select(f => (f.Stage, (double)f.Leads)).ToList(), "Leads");

    /// <summary>Handoff SLA compliance by month, one line per team.</summary>
    public static string SlaTrend(IReadOnlyList<(int YearMonth, string Team, decimal? Rate)> trend)
    {
        using var plot = new Plot();
        var months = trend.Select(t => t.YearMonth).Distinct().Order().ToList();
        foreach (var team in trend.GroupBy(t => t.Team))
        {
            var points = team.Where(t => t.Rate is not null).Select(t => (X: (double)months.IndexOf(t.YearMonth), Y: (double)t.Rate!.Value * 100)).ToList();
            var line = plot.Add.Scatter(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray());
            line.LegendText = team.Key;
        }

        var step = Math.Max(1, months.Count / 8);
        var ticks = months.Select((m, i) => (i, m)).Where(t => t.i % step == 0).ToList();
        plot.Axes.Bottom.SetTicks(ticks.Select(t => (double)t.i).ToArray(), ticks.Select(t => Month(t.m)).ToArray());
        plot.Axes.SetLimitsY(0, 105);
        plot.YLabel("% resolved within target");
        plot.Title("SLA compliance by team (handoff accept/reject)");
        plot.ShowLegend(Alignment.LowerLeft);
        return plot.GetSvgXml(Width, Height);
    }

    /// <summary>Return on investment per campaign (top campaigns).</summary>
    public static string CampaignRoi(IReadOnlyList<(string Campaign, decimal Roi)> roi) =>
        Bars("Campaign ROI (attributed revenue ÷ cost − 1)", roi.Select(r => (r.Campaign, (double)r.Roi)).ToList(), "ROI", horizontal: true);

    /// <summary>Customer lifetime value to acquisition cost, per channel.</summary>
    public static string ClvToCac(IReadOnlyList<(string Channel, decimal Ratio)> ratios) =>
        Bars("CLV : CAC by acquisition channel", ratios.Select(r => (r.Channel, (double)r.Ratio)).ToList(), "CLV ÷ CAC");

    private static string Bars(string title, IReadOnlyList<(string Label, double Value)> values, string axis, bool horizontal = false)
    {
        using var plot = new Plot();
        var bars = plot.Add.Bars(values.Select(v => v.Value).ToArray());
        bars.Horizontal = horizontal;
        foreach (var bar in bars.Bars)
        {
            bar.Label = bar.Value.ToString("#,0.##", CultureInfo.InvariantCulture);
        }

        bars.ValueLabelStyle.FontSize = 11;
        var positions = Enumerable.Range(0, values.Count).Select(i => (double)i).ToArray();
        var labels = values.Select(v => v.Label.Length > 28 ? v.Label[..27] + "…" : v.Label).ToArray();
        if (horizontal)
        {
            plot.Axes.Left.SetTicks(positions, labels);
            plot.XLabel(axis);
        }
        else
        {
            plot.Axes.Bottom.SetTicks(positions, labels);
            plot.YLabel(axis);
            plot.Axes.Margins(bottom: 0);
        }

        plot.Title(title);
        return plot.GetSvgXml(Width, Height);
    }

    private static string Month(int yearMonth) => $"{yearMonth / 100}-{yearMonth % 100:00}";
}
