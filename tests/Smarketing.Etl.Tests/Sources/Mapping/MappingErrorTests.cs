using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>Each mapping error says where it is (mapping path, or file/line/column/value) and what would be right.</summary>
public class MappingErrorTests
{
    private static IReadOnlyList<string> Problems(string json) =>
        Assert.Throws<MappingException>(() => MappingLoader.Parse(json, "mapping.json"))!.Problems;

    private static string Leads(string columns) => $$"""{ "leads": { "file": "leads.csv", "columns": { {{columns}} } } }""";

    [Test]
    public void A_date_format_with_minutes_for_months_is_rejected_with_its_path()
    {
        Assert.That(Problems(Leads("""
            "Id": "id", "CreatedDate": { "column": "created", "format": "dd/mm/yy" }
            """)), Is.EqualTo(new[]
        {
            "mapping.json: leads.columns.CreatedDate.format 'dd/mm/yy' is not a valid date format (it needs a year (yyyy), a month (MM) and a day (dd); lower-case mm means minutes)",
        }));
    }

    [Test]
    public void An_unknown_canonical_column_lists_the_allowed_ones()
    {
        var problem = Problems(Leads("\"Id\": \"id\", \"Colour\": \"colour\"")).Single();
        Assert.That(problem, Does.StartWith("mapping.json: leads.columns.Colour: 'Colour' is not a column of Lead.csv (allowed: Id, FirstName, LastName, Email,"));
    }

    [Test]
    public void An_unknown_property_is_named_with_its_path_and_line()
    {
        var problem = Problems("""
            {
              "leads": { "file": "leads.csv", "colums": { } }
            }
            """).Single();
        Assert.That(problem, Is.EqualTo("mapping.json: leads.colums (line 2): 'colums' is not a known property (see docs/MAPPING.md)"));
    }

    [Test]
    public void An_unknown_column_mapping_property_lists_the_allowed_ones()
    {
        var problem = Problems(Leads("\"CreatedDate\": { \"column\": \"created\", \"fromat\": \"dd/MM/yyyy\" }")).Single();
        Assert.That(problem, Does.StartWith("mapping.json: leads.columns.CreatedDate (line 1): 'fromat' is not a column mapping property (allowed: column, constant,"));
    }

    [Test]
    public void Every_problem_is_listed_not_just_the_first()
    {
        var problems = Problems("""
            {
              "leads": { "file": "", "columns": { "Status": { "column": "s", "constant": "x" }, "CreatedDate": { "column": "c", "timeZone": "Mars/Olympus" } } },
              "stageChanges": { "file": "leads.csv", "columns": { }, "stageDates": { "columns": { } } },
              "opportunities": { "file": "deals.csv", "columns": { "Amount": { "column": "amount", "format": "yyyy" } } }
            }
            """);
        Assert.That(problems, Is.EqualTo(new[]
        {
            "mapping.json: leads.file is required (the source file name in the export folder)",
            "mapping.json: leads.columns.Status: give exactly one of column, constant, combine, id, lookup (found 2)",
            "mapping.json: leads.columns.CreatedDate.timeZone 'Mars/Olympus' is not a known IANA time zone (e.g. Europe/London, America/New_York)",
            "mapping.json: stageChanges.columns.LeadId is required",
            "mapping.json: stageChanges.stageDates.columns: name at least one \"stage reached at\" column",
            "mapping.json: opportunities.columns.Amount.format applies to date columns only (date columns of Opportunity.csv: CloseDate, CreatedDate, SystemModstamp)",
        }));
    }

    [Test]
    public void A_source_column_missing_from_the_file_names_the_file_line_and_mapping_path()
    {
        var folder = Folder(("leads.csv", "id,created\r\n1,2024-01-02\r\n"));
        var mapping = MappingLoader.Parse(Leads("\"Id\": \"id\", \"Status\": \"lifecyclestage\""), "mapping.json");
        var e = Assert.Throws<MappingException>(() => MappingNormalizer.Normalize(mapping, folder, Path.Combine(folder, "out")))!;
        Assert.That(e.Problems.Single(), Does.EndWith(
            "leads.csv line 1: column 'lifecyclestage' named by leads.columns.Status is not in the header (the header has: id, created)"));
        Assert.That(Directory.Exists(Path.Combine(folder, "out")), Is.False, "nothing is written when the mapping does not fit the files");
    }

    [Test]
    public void A_value_missing_from_a_value_map_without_default_rejects_the_row_naming_file_line_column_and_value()
    {
        var folder = Folder(("leads.csv", "id,origin\r\n1,Web\r\n2,Fax\r\n"));
        var mapping = MappingLoader.Parse(Leads("""
            "Id": "id", "LeadSource": { "column": "origin", "valueMap": { "Web": "Organic" } }
            """), "mapping.json");
        var result = MappingNormalizer.Normalize(mapping, folder, Path.Combine(folder, "out"));
        Assert.That(result.Rejects.Single().ToString(), Is.EqualTo(
            "leads.csv line 3, column origin: 'Fax' is not in leads.columns.LeadSource.valueMap and there is no default (known: Web)"));
        Assert.That(File.ReadAllLines(Path.Combine(folder, "out", "Lead.csv")), Has.Length.EqualTo(2), "header and the one mapped row");
    }

    [TestCase("../secret/leads.csv")]
    [TestCase("/etc/leads.csv")]
    [TestCase("sub/../../leads.csv")]
    public void A_mapped_file_outside_the_export_folder_is_refused_unless_allowed(string file)
    {
        var parent = CliProcess.TempFolder();
        var folder = Path.Combine(parent, "export");
        Directory.CreateDirectory(Path.Combine(parent, "secret"));
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(parent, "secret", "leads.csv"), "id\r\n1\r\n");
        File.WriteAllText(Path.Combine(parent, "leads.csv"), "id\r\n1\r\n");
        var mapping = MappingLoader.Parse($$"""{ "leads": { "file": "{{file}}", "columns": { "Id": "id" } } }""", "mapping.json");
        var e = Assert.Throws<MappingException>(() => MappingNormalizer.Normalize(mapping, folder, Path.Combine(parent, "out")))!;
        Assert.That(e.Problems.Single(), Does.Contain($"leads.file '{file}' is outside the export folder {folder}"));
        if (!file.StartsWith('/'))
        {
            var allowed = MappingNormalizer.Normalize(mapping, folder, Path.Combine(parent, "out"), allowOutsideSource: true);
            Assert.That(allowed.Entities.Single(x => x.Entity.Key == "leads").RowsWritten, Is.EqualTo(1));
        }

        Directory.Delete(parent, recursive: true);
    }

    [Test]
    public void A_mapped_file_in_a_subfolder_of_the_export_is_read()
    {
        Assert.That(MappingNormalizer.OutsideFolder("/data/export", "crm/leads.csv"), Is.False);
        Assert.That(MappingNormalizer.OutsideFolder("/data/export", "crm/../leads.csv"), Is.False);
        Assert.That(MappingNormalizer.OutsideFolder("/data/export", "../export2/leads.csv"), Is.True, "a sibling whose name starts the same");
    }

    internal static string Folder(params (string Name, string Text)[] files)
    {
        var folder = CliProcess.TempFolder();
        foreach (var (name, text) in files)
        {
            File.WriteAllText(Path.Combine(folder, name), text);
        }

        return folder;
    }
}
