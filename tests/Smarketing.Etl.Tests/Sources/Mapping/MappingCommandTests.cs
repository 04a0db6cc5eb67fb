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
    public void Mapping_check_shows_the_persona_channel_and_stage_distribution_under_the_given_configuration()
    {
        var folder = CliProcess.TempFolder();
        TwoFileCrmFixture.Write(Path.Combine(folder, "crm"));
        string[] Check(params string[] extra) => ["mapping", "check", "--source", Path.Combine(folder, "crm"), "--mapping", TwoFileCrmFixture.MappingPath,
            "--log-dir", folder, .. extra];
        var (code, output) = CliProcess.Run(Check());
        Assert.That(code, Is.EqualTo(0), output);
        // 6 mapped leads: L-001 CIO (IT Decision Maker), L-002 CFO (Finance Buyer), the other 4 have no title.
        Assert.That(output, Does.Contain("With funnel.json (default):"));
        Assert.That(output, Does.Contain("persona: Unclassified 4, Finance Buyer 1, IT Decision Maker 1 (of 6 leads)"));
        Assert.That(output, Does.Contain("channel (lead source): Paid Media 2, Events 1, Organic 1, Other 1, Referral 1 (of 6 leads)"));
        // Status history: Inquiry L1-L6, MQL L1-L4, SQL L1, L2, L4.
        Assert.That(output, Does.Contain("leads reaching each stage (status history): Inquiry 6, MQL 4, SQL 3"));
        Assert.That(output, Does.Contain("opportunity stage: Closed Won 2 (of 2 opportunities)"));

        // A configuration whose personas recognise neither CIO nor CFO: every lead will be Unclassified, and check says so.
        var config = Path.Combine(folder, "no-personas.json");
        var text = Smarketing.Etl.Configuration.ConfigurationLoader.DefaultText();
        File.WriteAllText(config, text.Replace(@"\\bCIO", @"\\bXYZ", StringComparison.Ordinal).Replace(@"\\bCFO", @"\\bXYZ", StringComparison.Ordinal));
        (code, output) = CliProcess.Run(Check("--config", config));
        Assert.That(code, Is.EqualTo(0), output);
        Assert.That(output, Does.Contain("With no-personas.json:").And.Contain("persona: Unclassified 6 (of 6 leads)"));
        Assert.That(output, Does.Contain("warning: no lead matches a persona of the configuration"));
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
