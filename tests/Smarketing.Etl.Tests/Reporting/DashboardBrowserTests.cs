using System.Globalization;
using Dapper;
using DuckDB.NET.Data;
using Microsoft.Playwright;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Reporting;

/// <summary>The dashboard written by the real CLI, opened from disk in headless Chromium (Debian's; Playwright downloads
/// nothing): no console errors, every page drawn, and for each filter the figures on the page equal the same aggregate computed
/// here with SQL against the rpt views. Screenshots of every page are attached to the test results.</summary>
[NonParallelizable]
public class DashboardBrowserTests
{
    private const string Chromium = "/usr/bin/chromium";
    private const string HeadlineRule = "Handoff accept or reject";
    private static readonly string[] Pages = ["executive", "funnel", "sla", "campaigns", "pipeline", "customers", "accounts"];
    private string folder = null!;
    private string database = null!;
    private string dashboard = null!;
    private IPlaywright playwright = null!;
    private IBrowser browser = null!;

    [OneTimeSetUp]
    public async Task Render()
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
        playwright = await Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new()
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    [OneTimeTearDown]
    public async Task CleanUp()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }

        playwright?.Dispose();
        if (folder is not null && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private async Task<(IPage Page, List<string> Errors, List<string> Requests)> Open(string file)
    {
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 1000 } });
        var errors = new List<string>();
        var requests = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                errors.Add(message.Text);
            }
        };
        page.PageError += (_, error) => errors.Add(error);
        page.Request += (_, request) => requests.Add(request.Url);
        await page.GotoAsync(new Uri(file).AbsoluteUri);
        await page.WaitForSelectorAsync("body[data-ready]");
        return (page, errors, requests);
    }

    /// <summary>One value queried from the warehouse; DuckDB's HUGEINT sums arrive as BigInteger, so numbers go through
    /// decimal.</summary>
    private T View<T>(string sql)
    {
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        var value = db.ExecuteScalar(sql);
        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return value is null or DBNull ? default! : value switch
        {
            System.Numerics.BigInteger b when target == typeof(decimal) => (T)(object)(decimal)b,
            System.Numerics.BigInteger b => (T)Convert.ChangeType((long)b, target, CultureInfo.InvariantCulture),
            _ => (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture),
        };
    }

    private static async Task<decimal?> Kpi(IPage page, string key)
    {
        var raw = await page.Locator($"[data-kpi={key}]").GetAttributeAsync("data-value");
        return string.IsNullOrEmpty(raw) ? null : decimal.Parse(raw, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    [Test]
    public async Task Every_page_renders_its_charts_without_console_errors_or_downloads_and_is_photographed()
    {
        var (page, errors, requests) = await Open(dashboard);
        var shots = Path.Combine(TestContext.CurrentContext.WorkDirectory, "dashboard-screenshots");
        Directory.CreateDirectory(shots);
        foreach (var name in Pages)
        {
            await page.ClickAsync($"[data-page-tab={name}]");
            var section = page.Locator($"[data-page={name}]");
            Assert.That(await section.IsVisibleAsync(), Is.True, name);
            var panels = await section.Locator("[data-panel]").CountAsync();
            var drawn = await section.Locator("[data-panel] [data-chart] svg, [data-panel] table").CountAsync();
            var empty = await section.Locator("[data-panel] [data-empty]").AllInnerTextsAsync();
            Assert.That(panels, Is.GreaterThanOrEqualTo(2), name);
            Assert.That(empty, Is.Empty, $"{name}: the demo warehouse has data for every panel");
            Assert.That(drawn, Is.EqualTo(panels), $"{name}: every panel holds a chart or a table");
            var screenshot = Path.Combine(shots, $"dashboard-{name}.png");
            await page.ScreenshotAsync(new() { Path = screenshot, FullPage = true });
            TestContext.AddTestAttachment(screenshot, $"The dashboard's {name} page in Chromium");
        }

        Assert.That(errors, Is.Empty, "console errors");
        Assert.That(requests.Where(u => !u.StartsWith("file:", StringComparison.Ordinal)), Is.Empty, "the page downloads nothing");
        await page.CloseAsync();
    }

    /// <summary>One filter setting: the select to change, the value to choose, and the SQL predicates it means for each
    /// view.</summary>
    public sealed record Filter(string Name, (string Select, string Value)[] Choices, string Funnel, string Sla, string Exceptions, string Reps,
        string Customers, string Campaigns)
    {
        public override string ToString() => Name;
    }

    private static IEnumerable<Filter> Filters()
    {
        yield return new Filter("no filter", [], "", "", "", "", "", "");
        yield return new Filter("period 2024-01 to 2024-06", [("from", "202401"), ("to", "202406")],
            "CohortYearMonth BETWEEN 202401 AND 202406", "YearMonth BETWEEN 202401 AND 202406",
            "(YEAR(StartedAtUtc) * 100) + MONTH(StartedAtUtc) BETWEEN 202401 AND 202406", "YearMonth BETWEEN 202401 AND 202406", "", "");
        yield return new Filter("team Sales Development", [("team", "Sales Development")], "", "Team = 'Sales Development'",
            "Team = 'Sales Development'", "Team = 'Sales Development'", "", "");
        yield return new Filter("rep (the one with most SLA clocks)", [("rep", "$rep")], "", "RepName = '$rep'", "RepName = '$rep'", "RepName = '$rep'", "", "");
        yield return new Filter("channel Organic", [("channel", "Organic")], "Channel = 'Organic'", "", "", "", "AcquisitionChannel = 'Organic'",
            "Channel = 'Organic'");
        yield return new Filter("persona Practitioner", [("persona", "Practitioner")], "PersonaName = 'Practitioner'", "", "PersonaName = 'Practitioner'", "",
            "PersonaName = 'Practitioner'", "");
        yield return new Filter("team, channel and period together", [("team", "Account Executives"), ("channel", "Paid Media"), ("from", "202407")],
            "Channel = 'Paid Media' AND CohortYearMonth >= 202407", "Team = 'Account Executives' AND YearMonth >= 202407",
            "Team = 'Account Executives' AND (YEAR(StartedAtUtc) * 100) + MONTH(StartedAtUtc) >= 202407",
            "Team = 'Account Executives' AND YearMonth >= 202407", "AcquisitionChannel = 'Paid Media'", "Channel = 'Paid Media'");
    }

    [TestCaseSource(nameof(Filters))]
    public async Task Each_filter_recomputes_the_figures_to_what_the_views_give_for_it(Filter filter)
    {
        var rep = View<string>("SELECT RepName FROM rpt.SlaCompliance GROUP BY RepName ORDER BY SUM(Clocks) DESC, RepName LIMIT 1");
        string Where(string predicate, string always = "") =>
            (always, predicate.Replace("$rep", rep.Replace("'", "''", StringComparison.Ordinal), StringComparison.Ordinal)) switch
            {
                ("", "") => "",
                ("", var p) => " WHERE " + p,
                (var a, "") => " WHERE " + a,
                (var a, var p) => $" WHERE {a} AND {p}",
            };
        decimal? Ratio(string sql) => View<decimal?>(sql) is { } v ? decimal.Round(v, 6) : null;

        var (page, errors, _) = await Open(dashboard);
        foreach (var (select, value) in filter.Choices)
        {
            await page.SelectOptionAsync($"[data-filter={select}]", value == "$rep" ? rep : value);
        }

        var funnel = Where(filter.Funnel);
        var headline = Where(filter.Sla, $"SlaRuleName = '{HeadlineRule}'");
        var speed = Where(filter.Sla);
        var customers = Where(filter.Customers, "GroupLevel = 'Account'");
        var campaigns = Where(filter.Campaigns, "IsDefaultModel = TRUE");
        var expected = new Dictionary<string, decimal?>
        {
            ["leads"] = View<decimal?>($"SELECT SUM(Inquiries) FROM rpt.FunnelConversion{funnel}") ?? 0,
            ["mqls"] = View<decimal?>($"SELECT SUM(Mqls) FROM rpt.FunnelConversion{funnel}") ?? 0,
            ["leadToCustomer"] = Ratio($"SELECT CAST(SUM(Customers) AS decimal(18,8)) / NULLIF(SUM(Inquiries), 0) FROM rpt.FunnelConversion{funnel}"),
            ["sla"] = Ratio($"SELECT CAST(SUM(Met) AS decimal(18,8)) / NULLIF(SUM(Met) + SUM(Breached), 0) FROM rpt.SlaCompliance{headline}"),
            ["openExceptions"] = View<decimal>($"SELECT count(*) FROM rpt.SlaExceptions{Where(filter.Exceptions)}"),
            ["bookings"] = View<decimal?>($"SELECT SUM(Bookings) FROM rpt.RepScorecard{Where(filter.Reps)}") ?? 0,
            ["speedToLead"] = Ratio($"SELECT SUM(AvgBusinessHoursToFirstTouch * Touched) / NULLIF(SUM(Touched), 0) FROM rpt.SpeedToLead{speed}"),
            ["clvToCac"] = Ratio("SELECT SUM(CASE WHEN NewCustomers = 1 THEN AvgPredictedClv ELSE 0 END) / NULLIF(SUM(AcquisitionCost), 0) " +
                                 $"FROM rpt.CustomerLifetimeValue{customers}"),
            ["campaignRoi"] = Ratio($"SELECT (SUM(AttributedRevenue) - SUM(Cost)) / NULLIF(SUM(Cost), 0) FROM rpt.CampaignPerformance{campaigns}"),
        };

        var actual = new Dictionary<string, decimal?>();
        foreach (var key in expected.Keys)
        {
            actual[key] = await Kpi(page, key);
        }

        Assert.Multiple(() =>
        {
            foreach (var (key, value) in expected)
            {
                Assert.That(actual[key], value is null ? Is.Null : Is.EqualTo(value).Within(0.000001m), $"{filter}: {key}");
            }

            Assert.That(errors, Is.Empty, "console errors");
        });
        if (filter.Choices.Any(c => c.Select is "team" or "rep"))
        {
            Assert.That(await page.Locator("[data-kpi=leads] .note").InnerTextAsync(), Does.StartWith("Not split by team").Or.StartWith("Not split by rep"),
                "a figure the filter cannot split says so");
        }

        await page.CloseAsync();
    }

    [Test]
    public void The_file_holds_no_lead_company_title_or_e_mail_domain_and_loads_no_script_from_elsewhere()
    {
        var html = File.ReadAllText(dashboard);
        var start = html.IndexOf("id=\"dashboard-data\">", StringComparison.Ordinal);
        var data = html[start..html.IndexOf("</script>", start, StringComparison.Ordinal)];
        using var db = new DuckDBConnection($"Data Source={database}");
        db.Open();
        // Companies, titles and e-mail domains of the generated leads (longer than 6 characters, so that no common word matches by chance;
        // the unknown member's "Unknown" is a label the data uses for missing personas and channels).
        var personal = db.Query<string>("SELECT DISTINCT Company FROM rpt.Lead WHERE length(Company) > 6 UNION " +
                                        "SELECT DISTINCT Title FROM rpt.Lead WHERE length(Title) > 6 UNION " +
                                        "SELECT DISTINCT EmailDomain FROM rpt.Lead WHERE length(EmailDomain) > 6").ToList();
        Assert.That(personal, Has.Count.GreaterThan(50), "the fixture has companies and titles to look for");
        Assert.Multiple(() =>
        {
            Assert.That(personal.Where(p => p != "Unknown" && data.Contains(p, StringComparison.Ordinal)), Is.Empty);
            Assert.That(html, Does.Not.Contain("<script src").And.Not.Contain("<link "), "everything is inline");
        });
    }

    [Test]
    public async Task The_headline_tile_shows_the_percentage_with_one_decimal_and_money_in_the_reporting_currency()
    {
        var (page, _, _) = await Open(dashboard);
        var met = View<long>($"SELECT SUM(Met) FROM rpt.SlaCompliance WHERE SlaRuleName = '{HeadlineRule}'");
        var breached = View<long>($"SELECT SUM(Breached) FROM rpt.SlaCompliance WHERE SlaRuleName = '{HeadlineRule}'");
        var bookings = View<decimal>("SELECT SUM(Bookings) FROM rpt.RepScorecard");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("[data-kpi=sla] .value").InnerTextAsync(),
                Is.EqualTo(((decimal)met / (met + breached) * 100).ToString("0.0", CultureInfo.InvariantCulture) + " %"));
            Assert.That(await page.Locator("[data-kpi=bookings] .value").InnerTextAsync(),
                Is.EqualTo("$" + decimal.Round(bookings, 0).ToString("#,0", CultureInfo.InvariantCulture)));
        });
        await page.CloseAsync();
    }

    [Test]
    public async Task A_warehouse_without_SLA_clocks_says_why_the_SLA_panels_are_empty()
    {
        var empty = Path.Combine(folder, "no-sla.duckdb");
        File.Copy(database, empty);
        using (var db = new DuckDBConnection($"Data Source={empty}"))
        {
            db.Open();
            db.Execute("DELETE FROM dw.FactSlaClock");
        }

        var file = Path.Combine(folder, "no-sla.html");
        var (code, output) = CliProcess.Run("report", "dashboard", "--out", file, "--database", empty, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        var (page, errors, _) = await Open(file);
        await page.ClickAsync("[data-page-tab=sla]");
        Assert.Multiple(async () =>
        {
            Assert.That(await page.Locator("[data-empty=sla-team]").InnerTextAsync(), Does.StartWith("No SLA rules matched this export"));
            Assert.That(await page.Locator("[data-empty=speed]").InnerTextAsync(), Does.StartWith("No speed-to-lead rule matched this export"));
            Assert.That(await Kpi(page, "slaHeadline"), Is.Null);
            Assert.That(await page.Locator("[data-kpi=slaHeadline] .value").InnerTextAsync(), Is.EqualTo("—"));
            Assert.That(await Kpi(page, "leads"), Is.EqualTo(View<decimal>("SELECT SUM(Inquiries) FROM rpt.FunnelConversion")), "other pages are unaffected");
            Assert.That(errors, Is.Empty);
        });
        await page.CloseAsync();
    }
}
