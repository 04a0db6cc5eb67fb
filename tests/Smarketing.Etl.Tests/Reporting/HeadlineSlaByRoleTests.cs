using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Reporting.Dashboard;
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
    public void A_renamed_handoff_rule_still_gives_the_headline_compliance()
    {
        // The ten-lead fixture: 5 handoff clocks met of 7 resolved = 0.7143, whatever the rule is called.
        var tile = DashboardQueries.Load(warehouse).Kpis.Single(k => k.Key == "sla");
        Assert.That(tile.Value, Is.EqualTo(0.7143m));
    }
}
