using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Reporting.Dashboard;
using Smarketing.Etl.Tests.Support;
using Smarketing.Etl.Tests.Transforms.Funnel;

namespace Smarketing.Etl.Tests.Reporting;

/// <summary>The dashboard's headline SLA is found by the rule's role, so renaming the rule keeps the tile (issue 13, finding 9).</summary>
[NonParallelizable]
public class HeadlineSlaByRoleTests
{
    private string folder = null!;
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load()
    {
        folder = CliProcess.TempFolder();
        TenLeadFixture.Write(Path.Combine(folder, "exports"));
        var configuration = ConfigurationLoader.Load(null);
        configuration.Value.SlaRules.Single(r => r.Role == SlaRuleDefinition.HandoffRole).Name = "Sales answers every handoff";
        warehouse = TestWarehouse.Load(folder, Path.Combine(folder, "exports"), TenLeadFixture.AsOf, configuration).Warehouse;
    }

    [OneTimeTearDown]
    public void Close()
    {
        warehouse.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Test]
    public void A_renamed_handoff_rule_is_still_the_headline_and_gives_its_compliance()
    {
        // The ten-lead fixture: 5 handoff clocks met of 7 resolved = 0.7143, whatever the rule is called. The page computes the
        // tile from the sla rows of the headline rule: Σ Met ÷ (Σ Met + Σ Breached).
        var data = DashboardQueries.Load(warehouse);
        Assert.That(data.HeadlineSlaRule, Is.EqualTo("Sales answers every handoff"));
        var sla = data.Tables["sla"];
        int Column(string name) => sla.Columns.ToList().IndexOf(name);
        var rows = sla.Rows.Where(r => (string?)r[Column("SlaRule")] == data.HeadlineSlaRule).ToList();
        var met = rows.Sum(r => Convert.ToDecimal(r[Column("Met")], System.Globalization.CultureInfo.InvariantCulture));
        var breached = rows.Sum(r => Convert.ToDecimal(r[Column("Breached")], System.Globalization.CultureInfo.InvariantCulture));
        Assert.That((met, breached), Is.EqualTo((5m, 2m)));
        Assert.That(decimal.Round(met / (met + breached), 4), Is.EqualTo(0.7143m));
    }
}
