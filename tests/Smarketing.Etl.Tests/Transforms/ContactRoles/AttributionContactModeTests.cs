using Dapper;
using Smarketing.Etl.Configuration;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.ContactRoles;

/// <summary> O1's attribution path and weights under each contact mode, on <see cref="BuyingGroupFixture"/> (amount 12,000,
/// created 10 Feb 14:00). Touches before the creation: L1 (converted into C1, role R2): W 10 Jan (its lead-creation touch), P 1
/// Feb; C2 (primary role R1): E 20 Jan, D 5 Feb; C3 (a contact of A1 whose role R3 is deleted): D 25 Jan. R4's contact C9 is in
/// no extract. Linear: equal shares. U-shaped: first touch 0.4, lead creation 0.4, the touches holding no named position share
/// 0.2. </summary>
[NonParallelizable]
public class AttributionContactModeTests
{
    private const string Lead = BuyingGroupFixture.Lead, C2 = BuyingGroupFixture.C2, C3 = BuyingGroupFixture.C3;
    private const string W = BuyingGroupFixture.W, P = BuyingGroupFixture.P, E = BuyingGroupFixture.E, D = BuyingGroupFixture.D;

    private static IEnumerable<TestCaseData> Modes()
    {
        // L1's path: W is first touch and lead creation (0.4 + 0.4), P holds no named position (0.2).
        yield return new TestCaseData(AttributionContactMode.ConvertedLead, new[]
        {
            Row("Linear", W, 20240110, Lead, 0.5m, 6000m), Row("Linear", P, 20240201, Lead, 0.5m, 6000m),
            Row("U-shaped", W, 20240110, Lead, 0.8m, 9600m), Row("U-shaped", P, 20240201, Lead, 0.2m, 2400m),
        }).SetName("converted lead: the lead's own touches");

        // C2's path has no lead-creation touch (C2 was created in December, its first touch is in January): the vacant 0.4 goes
        // to the first touch E (0.8); D holds no named position (0.2).
        yield return new TestCaseData(AttributionContactMode.PrimaryContactRole, new[]
        {
            Row("Linear", E, 20240120, C2, 0.5m, 6000m), Row("Linear", D, 20240205, C2, 0.5m, 6000m),
            Row("U-shaped", E, 20240120, C2, 0.8m, 9600m), Row("U-shaped", D, 20240205, C2, 0.2m, 2400m),
        }).SetName("primary contact role: the primary contact's touches");

        // R1 (C2) and R2 (C1, the person L1); R3 is deleted and R4's contact unknown. Linear: 4 touches × 0.25 = 3,000 each.
        // U-shaped: W = 0.8, the other three 0.2 / 3 = 0.0666… → 0.066667 each; 0.8 + 3 × 0.066667 = 1.000001, so the largest
        // share gives back 0.000001: W = 0.799999. Pipeline: 12,000 × 0.799999 = 9,599.988 and 12,000 × 0.066667 = 800.004 (sum
        // 12,000).
        yield return new TestCaseData(AttributionContactMode.AllContactRoles, new[]
        {
            Row("Linear", W, 20240110, Lead, 0.25m, 3000m), Row("Linear", E, 20240120, C2, 0.25m, 3000m),
            Row("Linear", P, 20240201, Lead, 0.25m, 3000m), Row("Linear", D, 20240205, C2, 0.25m, 3000m),
            Row("U-shaped", W, 20240110, Lead, 0.799999m, 9599.988m), Row("U-shaped", E, 20240120, C2, 0.066667m, 800.004m),
            Row("U-shaped", P, 20240201, Lead, 0.066667m, 800.004m), Row("U-shaped", D, 20240205, C2, 0.066667m, 800.004m),
        }).SetName("all contact roles: the role holders' touches");

        // L1, C2 and C3: 5 touches. Linear 0.2 × 12,000 = 2,400 each; U-shaped W = 0.8, the other four 0.2 / 4 = 0.05 (600
        // each).
        yield return new TestCaseData(AttributionContactMode.AccountContacts, new[]
        {
            Row("Linear", W, 20240110, Lead, 0.2m, 2400m), Row("Linear", E, 20240120, C2, 0.2m, 2400m),
            Row("Linear", D, 20240125, C3, 0.2m, 2400m), Row("Linear", P, 20240201, Lead, 0.2m, 2400m),
            Row("Linear", D, 20240205, C2, 0.2m, 2400m),
            Row("U-shaped", W, 20240110, Lead, 0.8m, 9600m), Row("U-shaped", E, 20240120, C2, 0.05m, 600m),
            Row("U-shaped", D, 20240125, C3, 0.05m, 600m), Row("U-shaped", P, 20240201, Lead, 0.05m, 600m),
            Row("U-shaped", D, 20240205, C2, 0.05m, 600m),
        }).SetName("account contacts: every person of the account");
    }

    private static (string, string, int, string, decimal, decimal) Row(string model, string campaign, int day, string person,
        decimal weight,
        decimal pipeline) => (model, campaign, day, person, weight, pipeline);

    [TestCaseSource(nameof(Modes))]
    public void The_path_is_made_of_the_touches_of_the_people_the_contact_mode_names(string mode,
        (string Model, string Campaign, int Day, string Person, decimal Weight, decimal Pipeline)[] expected)
    {
        var folder = CliProcess.TempFolder();
        try
        {
            using var warehouse = Load(folder, mode);
            var rows = warehouse.Connection.Query<(string, string, int, string, decimal, decimal)>(
                "SELECT m.ModelName, c.SalesforceCampaignId, f.TouchDateKey, l.SalesforceLeadId, f.Weight, " +
                    "f.AttributedPipeline " +
                "FROM dw.FactAttribution AS f INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = " +
                    "f.AttributionModelKey " +
                "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey INNER JOIN dw.DimLead AS l ON l.LeadKey = " +
                    "f.LeadKey " +
                $"WHERE f.SalesforceOpportunityId = '{BuyingGroupFixture.Opportunity}' AND m.ModelName IN ('Linear', " +
                    $"'U-shaped') " +
                "ORDER BY m.ModelName, f.TouchAtUtc, f.TouchId").ToList();
            var recorded = warehouse.Connection.Query<string>(
                "SELECT ContactMode FROM dw.DimAttributionModel WHERE AttributionModelKey <> 0 UNION ALL " +
                "SELECT AttributionContactMode FROM etl.ConfigSnapshot").Distinct().ToList();

            Assert.Multiple(() =>
            {
                Assert.That(rows, Is.EqualTo(expected));
                Assert.That(recorded, Is.EqualTo(new[] { mode }),
                    "the mode on every model and in the batch's configuration snapshot");
            });
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void Without_contact_roles_every_mode_but_account_contacts_falls_back_to_the_converted_lead()
    {
        // No OpportunityContactRole.csv: O1 has no roles, so the role modes follow L1 as the default does (W 0.5, P 0.5 under
        // Linear).
        var folder = CliProcess.TempFolder();
        try
        {
            var exports = Path.Combine(folder, "exports");
            BuyingGroupFixture.Write(exports, withRoles: false);
            var configuration = Configuration(AttributionContactMode.AllContactRoles);
            using var warehouse = TestWarehouse.Load(folder, exports, BuyingGroupFixture.AsOf, configuration).Warehouse;
            var rows = warehouse.Connection.Query<(string, decimal)>(
                "SELECT c.SalesforceCampaignId, f.Weight FROM dw.FactAttribution AS f " +
                "INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = f.AttributionModelKey " +
                "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey WHERE m.ModelName = 'Linear' ORDER BY " +
                    "f.TouchAtUtc").ToList();
            Assert.That(rows, Is.EqualTo(new[] { (W, 0.5m), (P, 0.5m) }));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void A_delta_that_deletes_the_primary_role_rebuilds_the_opportunity_s_path_without_that_person()
    {
        // allContactRoles, then R1 (C2's primary role) is deleted: only R2 (L1) is left, so Linear credits W and P 0.5 each.
        var folder = CliProcess.TempFolder();
        try
        {
            using var warehouse = Load(folder, AttributionContactMode.AllContactRoles);
            var delta = Path.Combine(folder, "delta");
            Directory.CreateDirectory(delta);
            File.WriteAllText(Path.Combine(delta, "OpportunityContactRole.csv"),
                "Id,OpportunityId,ContactId,Role,IsPrimary,CreatedDate,SystemModstamp,IsDeleted\r\n" +
                $"00K000000000000001,{BuyingGroupFixture.Opportunity},{C2},Economic Buyer,true,2024-02-10T14:00:00.000Z," +
                "2024-06-01T10:00:00.000Z,true\r\n");
            var result = TestWarehouse.Run(warehouse, new RunOptions(delta, BuyingGroupFixture.AsOf),
                Configuration(AttributionContactMode.AllContactRoles));
            var rows = warehouse.Connection.Query<(string, decimal)>(
                "SELECT c.SalesforceCampaignId, f.Weight FROM dw.FactAttribution AS f " +
                "INNER JOIN dw.DimAttributionModel AS m ON m.AttributionModelKey = f.AttributionModelKey " +
                "INNER JOIN dw.DimCampaign AS c ON c.CampaignKey = f.CampaignKey WHERE m.ModelName = 'Linear' ORDER BY " +
                    "f.TouchAtUtc").ToList();
            // The delta changes no lead, so only the contact-role scope lists O1 (1 of 1 opportunities: the batch then rebuilds
            // them all); without it no path would be rebuilt and the four touches of the first batch would stay.
            Assert.That(rows, Is.EqualTo(new[] { (W, 0.5m), (P, 0.5m) }), result.Message);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Test]
    public void The_shipped_configuration_follows_the_converted_lead()
    {
        Assert.That(ConfigurationLoader.Load(null).Value.Attribution.ContactMode,
            Is.EqualTo(AttributionContactMode.ConvertedLead));
    }

    private static LoadedConfiguration Configuration(string mode)
    {
        var configuration = ConfigurationLoader.Load(null);
        configuration.Value.Attribution.ContactMode = mode;
        return configuration;
    }

    private static DuckDbLoader Load(string folder, string mode)
    {
        var exports = Path.Combine(folder, "exports");
        BuyingGroupFixture.Write(exports);
        return TestWarehouse.Load(folder, exports, BuyingGroupFixture.AsOf, Configuration(mode)).Warehouse;
    }
}
