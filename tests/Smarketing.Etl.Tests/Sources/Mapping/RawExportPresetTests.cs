using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;
using static Smarketing.Etl.Tests.Sources.Mapping.MappingErrorTests;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>Issue 16 gap 9: the salesforce preset (raw object exports, API field names) and the marketo preset (bulk
/// extracts), each on a small hand-made export.</summary>
public class RawExportPresetTests
{
    // Data Loader style: upper-case API names, only some of the fields, no custom fields and no CurrencyIsoCode.
    private static readonly (string, string)[] Salesforce =
    [
        ("Lead.csv", "ID,FIRSTNAME,LASTNAME,EMAIL,TITLE,COMPANY,LEADSOURCE,STATUS,OWNERID,ISCONVERTED,CONVERTEDDATE,CONVERTEDOPPORTUNITYID,CREATEDDATE,SYSTEMMODSTAMP,ISDELETED\r\n" +
                     "00Q000000000000001,Ada,Lovelace,ada@x.test,CIO,Acme,Web,Converted,005000000000000001,true,2024-03-05,006000000000000001,2024-03-01T09:00:00.000Z,2024-03-05T10:00:00.000Z,false\r\n" +
                     "00Q000000000000002,Ben,Bolt,ben@x.test,Analyst,Bolt,Webinar,Marketing Qualified,005000000000000001,false,,,2024-03-02T09:00:00.000Z,2024-03-03T09:00:00.000Z,false\r\n"),
        ("LeadHistory.csv", "Id,LeadId,Field,OldValue,NewValue,CreatedDate,CreatedById,IsDeleted,DataType\r\n" +
                            "017000000000000001,00Q000000000000001,created,,,2024-03-01T09:00:00.000Z,005000000000000001,false,Text\r\n" +
                            "017000000000000002,00Q000000000000001,Status,Open - Inquiry,Marketing Qualified,2024-03-02T09:00:00.000Z,005000000000000001,false,Text\r\n" +
                            "017000000000000003,00Q000000000000002,Status,Open - Inquiry,Marketing Qualified,2024-03-03T09:00:00.000Z,005000000000000001,false,Text\r\n"),
        ("Opportunity.csv", "Id,Name,StageName,Amount,CloseDate,OwnerId,IsClosed,IsWon,CreatedDate,SystemModstamp\r\n" +
                            "006000000000000001,Acme - New,Closed Won,25000,2024-03-29,005000000000000001,true,true,2024-03-05T10:00:00.000Z,2024-03-29T10:00:00.000Z\r\n"),
    ];

    [Test]
    public void The_salesforce_preset_reads_raw_object_exports_with_upper_case_headers_and_org_specific_fields_absent()
    {
        var folder = Folder(Salesforce);
        var result = MappingNormalizer.Normalize(MappingLoader.Load("salesforce"), folder, Path.Combine(folder, "out"));
        // Lead.csv 2 rows, LeadHistory.csv 3, Opportunity.csv 1; every other object is optional and absent.
        Assert.That(result.Entities.Where(e => e.RowsRead > 0).Select(e => (e.Path, e.RowsRead, e.RowsMapped, e.RowsWritten)), Is.EqualTo(new[]
        {
            ("leads", 2, 2, 2), ("stageChanges", 3, 3, 3), ("opportunities", 1, 1, 1),
        }));
        Assert.That(result.Rejects, Is.Empty);
        var notes = result.Entities.SelectMany(e => e.Notes).ToList();
        Assert.That(notes, Does.Contain("leads.columns.Rejection_Reason__c: column 'Rejection_Reason__c' is not in Lead.csv; Rejection_Reason__c is left empty"));
        Assert.That(notes, Does.Contain("opportunities.columns.CurrencyIsoCode: column 'CurrencyIsoCode' is not in Opportunity.csv; CurrencyIsoCode is left empty"));
        Assert.That(notes, Does.Contain("contacts: Contact.csv is not in the export folder; the entity is optional and was skipped"));
        var lead = MappingRunRows(Path.Combine(folder, "out", "Lead.csv"))[0];
        Assert.That((lead["IsConverted"], lead["ConvertedOpportunityId"], lead["ConvertedDate"], lead["CreatedDate"]),
            Is.EqualTo(("true", "006000000000000001", "2024-03-05", "2024-03-01T09:00:00.000Z")));
        Assert.That(Directory.GetFiles(Path.Combine(folder, "out")).Select(Path.GetFileName).Order(),
            Is.EqualTo(new[] { "Lead.csv", "LeadHistory.csv", "Opportunity.csv" }));
    }

    [Test]
    public void The_salesforce_preset_output_stages_without_rejects()
    {
        var folder = Folder(Salesforce);
        MappingNormalizer.Normalize(MappingLoader.Load("salesforce"), folder, Path.Combine(folder, "out"));
        var (warehouse, result) = TestWarehouse.Load(folder, Path.Combine(folder, "out"), new DateTime(2024, 4, 1, 0, 0, 0, DateTimeKind.Utc));
        using (warehouse)
        {
            Assert.That(result.Rejects, Is.Empty);
            Assert.That(Dapper.SqlMapper.QuerySingle<long>(warehouse.Connection, "SELECT count(*) FROM dw.DimLead WHERE SalesforceLeadId LIKE '00Q%'"), Is.EqualTo(2));
        }
    }

    [Test]
    public void The_marketo_preset_turns_bulk_extracts_into_leads_and_activities_that_point_at_them()
    {
        var folder = Folder(
            ("leads.csv", "id,email,firstName,lastName,title,company,leadSource,leadStatus,createdAt,updatedAt\r\n" +
                          "101,ada@x.test,Ada,Lovelace,CIO,Acme,Webinar,MQL,2024-03-01T09:00:00Z,2024-03-04T09:00:00Z\r\n" +
                          "102,ben@x.test,Ben,Bolt,Analyst,Bolt,,,2024-03-02T09:00:00Z,2024-03-02T09:00:00Z\r\n"),
            ("activities.csv", "marketoGUID,leadId,activityDate,activityTypeId,campaignId,primaryAttributeValueId,primaryAttributeValue,attributes\r\n" +
                               "g1,101,2024-03-01T09:00:00Z,2,5001,1001,Demo form,[]\r\n" +
                               "g2,101,2024-03-02T10:00:00Z,10,5002,2001,March newsletter,[]\r\n" +
                               "g3,102,2024-03-02T09:05:00Z,12,,,,[]\r\n"));
        var result = MappingNormalizer.Normalize(MappingLoader.Load("marketo"), folder, Path.Combine(folder, "out"));
        Assert.That(result.Entities.Where(e => e.RowsRead > 0).Select(e => (e.Path, e.RowsRead, e.RowsMapped)), Is.EqualTo(new[] { ("leads", 2, 2), ("activities", 3, 3) }));
        var leads = MappingRunRows(Path.Combine(folder, "out", "Lead.csv"));
        // 101 keeps its status; 102 has none → the first stage.
        Assert.That(leads.Select(l => (l["Id"], l["Status"])), Is.EqualTo(new[]
        {
            (SyntheticIds.Salesforce("00Q", ["101"]), "MQL"), (SyntheticIds.Salesforce("00Q", ["102"]), "Open - Inquiry"),
        }));
        // Each activity points at the numeric Marketo lead written for its lead, and that one at the lead's id.
        var marketo = MappingRunRows(Path.Combine(folder, "out", "MarketoLeads.csv")).ToDictionary(m => m["id"], m => m["sfdcLeadId"]);
        var activities = MappingRunRows(Path.Combine(folder, "out", "MarketoActivities.csv"));
        Assert.That(activities.Select(a => marketo[a["leadId"]]), Is.EqualTo(new[] { leads[0]["Id"], leads[0]["Id"], leads[1]["Id"] }));
        Assert.That(activities.Select(a => a["primaryAttributeValue"]), Is.EqualTo(new[] { "Demo form", "March newsletter", "" }));
    }

    private static List<Dictionary<string, string>> MappingRunRows(string path)
    {
        var table = SourceTable.Read(path);
        return table.Rows.Select(r => table.Headers.Zip(r.Values).ToDictionary(p => p.First, p => p.Second)).ToList();
    }
}
