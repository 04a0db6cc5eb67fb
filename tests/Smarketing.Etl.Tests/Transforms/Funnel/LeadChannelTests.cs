using Dapper;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Funnel;

/// <summary>A lead's funnel channel is its creation campaign's channel only when the configuration maps that campaign's type
/// (campaignChannels); otherwise the lead keeps its own lead source — a CRM whose campaigns carry no or unknown types must not turn
/// every lead's channel into "Other" or "Unknown" (issue 16, item 3).</summary>
public sealed class LeadChannelTests
{
    private const string UserHeader = "Id,Name,IsActive,TimeZoneSidKey,Department,CreatedDate,SystemModstamp";
    private const string CampaignHeader = "Id,Name,Type,Status,StartDate,CreatedDate,SystemModstamp,IsDeleted";
    private const string MemberHeader = "Id,CampaignId,LeadId,Status,HasResponded,FirstRespondedDate,CreatedDate,SystemModstamp,IsDeleted";
    private const string LeadHeader = "Id,LastName,Company,LeadSource,Status,OwnerId,IsConverted,CreatedDate,SystemModstamp,IsDeleted";
    private const string Rep = "005000000000000001";

    [Test]
    public void A_configured_campaign_type_gives_its_channel_and_an_unmapped_or_missing_type_leaves_the_lead_source()
    {
        var folder = CliProcess.TempFolder();
        var exports = Path.Combine(folder, "exports");
        var x = new ExportFolder(exports);
        x.Add("User.csv", UserHeader, new()
        {
            ["Id"] = Rep, ["Name"] = "Sam SDR", ["IsActive"] = "true", ["TimeZoneSidKey"] = "America/New_York",
            ["Department"] = "Sales Development", ["CreatedDate"] = "2023-01-01T00:00:00.000Z", ["SystemModstamp"] = "2023-01-01T00:00:00.000Z",
        });
        // Webinar → Events in the shipped funnel.json; "Podcast" is not mapped; the third campaign has no type at all.
        string[] types = ["Webinar", "Podcast", ""];
        for (var n = 1; n <= 3; n++)
        {
            var campaign = $"701{n:D15}";
            var lead = $"00Q{n:D15}";
            var at = $"2024-01-{10 + n}T09:00:00.000Z";
            x.Add("Campaign.csv", CampaignHeader, new()
            {
                ["Id"] = campaign, ["Name"] = $"Campaign {n}", ["Type"] = types[n - 1], ["Status"] = "Completed", ["StartDate"] = "2024-01-01",
                ["CreatedDate"] = "2023-12-01T00:00:00.000Z", ["SystemModstamp"] = "2023-12-01T00:00:00.000Z", ["IsDeleted"] = "false",
            });
            x.Add("Lead.csv", LeadHeader, new()
            {
                ["Id"] = lead, ["LastName"] = $"Lead {n}", ["Company"] = $"Company {n}", ["LeadSource"] = "Partner", ["Status"] = "Open - Inquiry",
                ["OwnerId"] = Rep, ["IsConverted"] = "false", ["CreatedDate"] = at, ["SystemModstamp"] = at, ["IsDeleted"] = "false",
            });
            x.Add("CampaignMember.csv", MemberHeader, new()
            {
                ["Id"] = $"00v{n:D15}", ["CampaignId"] = campaign, ["LeadId"] = lead, ["Status"] = "Responded", ["HasResponded"] = "true",
                ["FirstRespondedDate"] = at[..10], ["CreatedDate"] = at, ["SystemModstamp"] = at, ["IsDeleted"] = "false",
            });
        }

        x.Write();
        var (warehouse, _) = TestWarehouse.Load(folder, exports, new DateTime(2024, 3, 1, 0, 0, 0, DateTimeKind.Utc));
        using (warehouse)
        {
            var channels = warehouse.Connection.Query<(string Lead, string Channel)>(
                "SELECT l.SalesforceLeadId, f.Channel FROM dw.FactLeadFunnel AS f JOIN dw.DimLead AS l ON l.LeadKey = f.LeadKey " +
                "ORDER BY l.SalesforceLeadId").ToList();

            Assert.That(channels, Is.EqualTo(new[]
            {
                ("00Q000000000000001", "Events"), ("00Q000000000000002", "Partner"), ("00Q000000000000003", "Partner"),
            }));
        }
    }
}
