using Smarketing.Etl.Loading;
using Smarketing.Etl.Sources.Mapping;
using static Smarketing.Etl.Tests.Sources.Mapping.MappingErrorTests;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The column transforms one at a time, on the canonical files they write.</summary>
public class MappingTransformTests
{
    private static List<Dictionary<string, string>> Map(string json, params (string Name, string Text)[] files)
    {
        var folder = Folder(files);
        var result = MappingNormalizer.Normalize(MappingLoader.Parse(json, "mapping.json"), folder, Path.Combine(folder, "out"));
        Assert.That(result.Rejects, Is.Empty);
        var written = result.Entities.Single(e => e.RowsWritten > 0 && e.Entity.Key != "users");
        var lines = File.ReadAllLines(Path.Combine(folder, "out", written.Entity.FileName));
        var header = lines[0].Split(',');
        return lines.Skip(1).Select(l => header.Zip(l.Split(',')).ToDictionary(p => p.First, p => p.Second)).ToList();
    }

    [Test]
    public void Day_first_local_times_become_UTC_and_date_only_columns_are_not_shifted()
    {
        var rows = Map("""
            { "opportunities": { "file": "d.csv", "columns": { "Id": "id",
              "CreatedDate": { "column": "opened", "format": "dd/MM/yyyy HH:mm", "timeZone": "Europe/London" },
              "CloseDate": { "column": "closed", "format": "d.M.yyyy", "timeZone": "Europe/London" } } } }
            """, ("d.csv", "id,opened,closed\r\n006000000000000001,01/07/2024 09:30,2.7.2024\r\n"));
        Assert.That(rows[0]["CreatedDate"], Is.EqualTo("2024-07-01T08:30:00.000Z"));
        Assert.That(rows[0]["CloseDate"], Is.EqualTo("2024-07-02"));
    }

    [Test]
    public void Combine_constant_and_generated_ids_fill_columns()
    {
        var rows = Map("""
            { "leads": { "file": "l.csv", "columns": {
              "Id": { "id": { "from": [ "crm", "no" ] } }, "Company": { "combine": [ "crm", "no" ], "separator": "-" }, "Country": { "constant": "Spain" } } } }
            """, ("l.csv", "crm,no\r\nzoho,17\r\n"));
        Assert.That(rows[0]["Id"], Is.EqualTo(SyntheticIds.Salesforce("00Q", ["zoho", "17"])).And.Length.EqualTo(18).And.StartWith("00Q"));
        Assert.That((rows[0]["Company"], rows[0]["Country"]), Is.EqualTo(("zoho-17", "Spain")));
    }

    [Test]
    public void A_multi_valued_cell_is_split_into_one_row_per_value()
    {
        var rows = Map("""
            { "campaignMembers": { "file": "m.csv", "split": { "column": "campaigns", "separator": "|" },
              "columns": { "LeadId": "lead", "CampaignId": { "id": { "prefix": "701", "from": [ "campaigns" ] } }, "Status": { "constant": "Responded" } } } }
            """, ("m.csv", "lead,campaigns\r\n00Q000000000000001,Spring webinar| Trade show \r\n"));
        Assert.That(rows.Select(r => r["CampaignId"]), Is.EqualTo(new[]
        {
            SyntheticIds.Salesforce("701", ["Spring webinar"]), SyntheticIds.Salesforce("701", ["Trade show"]),
        }));
        Assert.That(rows.Select(r => r["Id"]).Distinct().Count(), Is.EqualTo(2), "generated ids stay distinct");
    }

    [Test]
    public void Stage_dates_are_ordered_by_date_with_the_previous_value_as_old_value()
    {
        var rows = Map("""
            { "stageChanges": { "file": "s.csv", "columns": { "LeadId": "lead" },
              "stageDates": { "format": "dd/MM/yyyy", "columns": { "sql": "Sales Qualified", "mql": "Marketing Qualified", "lead": null, "new": "Open - Inquiry" } } } }
            """, ("s.csv", "lead,new,mql,sql\r\n00Q000000000000001,01/03/2024,05/03/2024,04/03/2024\r\n"));
        Assert.That(rows.Select(r => (r["Field"], r["OldValue"], r["NewValue"], r["CreatedDate"])), Is.EqualTo(new[]
        {
            ("Status", "", "Open - Inquiry", "2024-03-01T00:00:00.000Z"),
            ("Status", "Open - Inquiry", "Sales Qualified", "2024-03-04T00:00:00.000Z"),
            ("Status", "Sales Qualified", "Marketing Qualified", "2024-03-05T00:00:00.000Z"),
        }));
    }

    [Test]
    public void Written_files_quote_commas_quotes_and_line_breaks()
    {
        Assert.That(CsvFileWriter.Quote("Bolt, \"the\"\nInc."), Is.EqualTo("\"Bolt, \"\"the\"\"\nInc.\""));
        Assert.That(CsvFileWriter.Quote("plain"), Is.EqualTo("plain"));
    }

    [Test]
    public void The_canonical_headers_are_the_staging_tables_columns()
    {
        var catalog = WarehouseModel.LoadCatalog();
        var files = Smarketing.Etl.Sources.SourceFiles.All.ToDictionary(f => f.FileName, f => f.StagingTable);
        var sources = Smarketing.Etl.Sources.SourceFiles.All.ToDictionary(f => f.FileName);
        foreach (var entity in CanonicalEntities.All)
        {
            // Columns the stager derives from another field (stg.MarketoActivity.scoreDelta) are never in a file.
            var table = catalog.Tables.Single(t => t.FullName == files[entity.FileName]);
            var derived = sources[entity.FileName].Contract.Derived;
            Assert.That(entity.Columns,
                Is.EqualTo(table.Columns.Select(c => c.Name).Where(n => !LineageColumns.IsLineage(n) && !derived.Contains(n))), entity.FileName);
        }

        var marketoLead = catalog.Tables.Single(t => t.FullName == files["MarketoLeads.csv"]);
        Assert.That(CanonicalEntities.MarketoLeadColumns, Is.EqualTo(marketoLead.Columns.Select(c => c.Name).Where(n => !LineageColumns.IsLineage(n))));
    }
}
