using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The real program: <c>mapping check</c> dry-runs a mapping; <c>run --mapping</c> normalises then loads.</summary>
public class MappingCommandTests
{
    [Test]
    public void Mapping_check_prints_counts_first_reasons_unmapped_values_and_what_the_warehouse_can_answer()
    {
        var folder = CliProcess.TempFolder();
        TwoFileCrmFixture.Write(Path.Combine(folder, "crm"));
        var (code, output) = CliProcess.Run("mapping", "check", "--source", Path.Combine(folder, "crm"), "--mapping", TwoFileCrmFixture.MappingPath,
            "--out", Path.Combine(folder, "canonical"), "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        // read 7 = mapped 6 + merged 0 + empty 0 + rejected 1; 6 Lead.csv rows written.
        Assert.That(output, Does.Match(@"leads\s+leads\.csv\s+7\s+6\s+0\s+0\s+1\s+6"));
        // Status rows: L-001, L-002, L-004 3 each, L-003 2, L-005 and L-006 1 each: 3 + 3 + 3 + 2 + 1 + 1 = 13.
        Assert.That(output, Does.Match(@"stageChanges\s+leads\.csv\s+7\s+6\s+0\s+0\s+1\s+13"));
        Assert.That(output, Does.Contain("leads.csv line 8, column first_contact: '31/02/2024' is not a date in the format dd/MM/yyyy"));
        Assert.That(output, Does.Contain("leads.columns.LeadSource: 'trade fair Berlin' × 1"));
        Assert.That(output, Does.Contain("no:  without activities"));
        Assert.That(File.Exists(Path.Combine(folder, "canonical", "Lead.csv")), Is.True);
    }

    [Test]
    public void Mapping_check_with_a_broken_mapping_exits_3_listing_every_problem()
    {
        var folder = CliProcess.TempFolder();
        var mapping = Path.Combine(folder, "bad.mapping.json");
        File.WriteAllText(mapping, """{ "leads": { "file": "", "columns": { "Colour": "c" } } }""");
        var (code, output) = CliProcess.Run("mapping", "check", "--source", folder, "--mapping", mapping, "--log-dir", folder);
        Assert.That(code, Is.EqualTo(3), output);
        Assert.That(output, Does.Contain("bad.mapping.json: leads.file is required").And.Contain("bad.mapping.json: leads.columns.Colour: 'Colour' is not a column of Lead.csv"));
    }

    [Test]
    public void Run_with_the_hubspot_preset_loads_a_hubspot_export()
    {
        var folder = CliProcess.TempFolder();
        HubSpotFixture.Write(Path.Combine(folder, "hubspot"));
        var database = Path.Combine(folder, "w.duckdb");
        Assert.That(CliProcess.Run("deploy", "--database", database, "--log-dir", folder).ExitCode, Is.EqualTo(0));
        var (code, output) = CliProcess.Run("run", "--source", Path.Combine(folder, "hubspot"), "--mapping", "hubspot", "--max-reject-percent", "20",
            "--database", database, "--as-of", "2024-04-30T00:00:00Z", "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        var canonical = System.Text.RegularExpressions.Regex.Match(output, @"into (?<folder>\S*smarketing-mapped\S*):").Groups["folder"].Value;
        Assert.That(canonical, Is.Not.Empty, output);
        Assert.That(Directory.Exists(canonical), Is.False, "the canonical files are deleted after a successful batch");
        var (_, query) = CliProcess.Run("query", "SELECT sum(Customers) AS Won FROM rpt.FunnelConversion", "--format", "csv", "--database", database, "--log-dir", folder);
        Assert.That(query, Does.Contain("Won").And.Contain("1"));
    }

    [Test]
    public void Run_refuses_to_load_when_more_rows_cannot_be_mapped_than_allowed()
    {
        var folder = CliProcess.TempFolder();
        HubSpotFixture.Write(Path.Combine(folder, "hubspot"));
        var (code, output) = CliProcess.Run("run", "--source", Path.Combine(folder, "hubspot"), "--mapping", "hubspot",
            "--database", Path.Combine(folder, "w.duckdb"), "--log-dir", folder);
        Assert.That(code, Is.EqualTo(4), output);
        Assert.That(output, Does.Contain("activities (email_events.csv): 1 of 7 rows could not be mapped (limit 5%)"));
    }
}
