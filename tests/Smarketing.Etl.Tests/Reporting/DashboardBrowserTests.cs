using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Playwright;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Reporting;

/// <summary>The dashboard written by the real CLI, opened in headless Chromium: no console errors, every chart and table rendered,
/// and the numbers on the page equal to the values queried from the rpt views.</summary>
[NonParallelizable]
public class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private string folder = null!;
    private string database = null!;
    private string dashboard = null!;

    [OneTimeSetUp]
    public void Render()
    {
        if (!File.Exists(Chromium))
        {
            Assert.Ignore($"{Chromium} is not installed: .ci/run installs Debian's chromium for this test (apt-get install chromium).");
        }

        (folder, var exports) = CliProcess.Generated(400, 5);
        database = Path.Combine(folder, "warehouse.duckdb");
        dashboard = Path.Combine(folder, "dashboard.html");
        Assert.That(CliProcess.Run("run", "--source", exports, "--database", database, "--log-dir", folder).ExitCode, Is.EqualTo(0));
        var (code, output) = CliProcess.Run("report", "dashboard", "--out", dashboard, "--database", database, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
    }

    private async Task<(IPage Page, List<string> Errors, IBrowser Browser, IPlaywright Playwright)> Open()
    {
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1300 } });
        var errors = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        await page.GotoAsync(new Uri(dashboard).AbsoluteUri);
        return (page, errors, browser, playwright);
    }

    private long ViewLong(string sql)
    {
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        return db.ExecuteScalar<long>(sql);
    }

    [Test]
    public async Task The_page_renders_without_console_errors_and_its_numbers_equal_the_views()
    {
        var (page, errors, browser, playwright) = await Open();
        try
        {
            var screenshot = Path.Combine(folder, "dashboard.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            TestContext.AddTestAttachment(screenshot, "The dashboard as Chromium rendered it");
            Assert.That(errors, Is.Empty, "console errors");

            async Task<decimal> Kpi(string key) =>
                decimal.Parse((await page.Locator($"[data-kpi={key}]").GetAttributeAsync("data-value"))!, CultureInfo.InvariantCulture);
            Assert.That(await Kpi("leads"), Is.EqualTo(ViewLong("SELECT CAST(SUM(Inquiries) AS bigint) FROM rpt.FunnelConversion")));
            Assert.That(await Kpi("mqls"), Is.EqualTo(ViewLong("SELECT CAST(SUM(Mqls) AS bigint) FROM rpt.FunnelConversion")));
            Assert.That(await Kpi("openExceptions"), Is.EqualTo(ViewLong("SELECT count(*) FROM rpt.SlaExceptions")));
            var met = ViewLong("SELECT CAST(SUM(Met) AS bigint) FROM rpt.SlaCompliance WHERE SlaRuleName = 'Handoff accept or reject'");
            var breached = ViewLong("SELECT CAST(SUM(Breached) AS bigint) FROM rpt.SlaCompliance WHERE SlaRuleName = 'Handoff accept or reject'");
            Assert.That(await Kpi("sla"), Is.EqualTo(decimal.Round((decimal)met / (met + breached), 4)));
            var slaText = await page.Locator("[data-kpi=sla] .value").InnerTextAsync();
            Assert.That(slaText, Is.EqualTo(((decimal)met / (met + breached) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %"));

            var bookings = await Kpi("bookings");
            using (var db = new DuckDBConnection($"Data Source={database}"))
            {
                db.Open();
                Assert.That(bookings, Is.EqualTo(db.ExecuteScalar<decimal>("SELECT CAST(SUM(WonAmount) AS decimal(19,2)) FROM rpt.Opportunity")));
            }

            foreach (var chart in new[] { "funnel", "sla-trend", "campaign-roi", "clv-cac" })
            {
                Assert.That(await page.Locator($"[data-chart={chart}] svg").CountAsync(), Is.EqualTo(1), chart);
                Assert.That((await page.Locator($"[data-chart={chart}] svg").BoundingBoxAsync())!.Height, Is.GreaterThan(100), chart);
            }

            var rows = await page.Locator("[data-table=sla-exceptions] tbody tr").CountAsync();
            Assert.That(rows, Is.EqualTo(Math.Min(25, ViewLong("SELECT count(*) FROM rpt.SlaExceptions"))));
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
