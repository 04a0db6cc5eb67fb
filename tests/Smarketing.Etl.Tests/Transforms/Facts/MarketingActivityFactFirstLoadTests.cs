using Dapper;
using Smarketing.Etl.Loading;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Transforms.Facts;

/// <summary>The first load inserts the activity fact straight from prep.MarketingActivity (no work table, no merge); a rebuild of
/// the same warehouse through the upsert must then find every row already right.</summary>
[NonParallelizable]
public class MarketingActivityFactFirstLoadTests
{
    private static readonly DateTime AsOf = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    /// <summary>Every column of the fact but its surrogate key and lineage, one text per row in business-key order.</summary>
    private static List<string> Content(System.Data.IDbConnection connection) =>
        connection.Query("SELECT MarketoGuid, LeadKey, CampaignKey, ActivityTypeKey, ActivityDateKey, ActivityAtUtc, MarketoLeadId, " +
                         "PrimaryAttributeValue, ScoreDelta FROM dw.FactMarketingActivity ORDER BY MarketoGuid")
            .Select(r => (string)r.ToString()).ToList();

    [Test]
    public void The_first_load_inserts_every_staged_activity_and_a_recompute_all_through_the_upsert_changes_none()
    {
        var (folder, exports) = CliProcess.Generated(120, 11);
        try
        {
            var (warehouse, first) = TestWarehouse.Load(folder, exports, AsOf);
            using (warehouse)
            {
                var staged = warehouse.Connection.ExecuteScalar<long>("SELECT count(*) FROM stg.MarketoActivity");
                var before = Content(warehouse.Connection);
                var rebuilt = TestWarehouse.Run(warehouse, new RunOptions(exports, AsOf, RecomputeAll: true));
                var after = Content(warehouse.Connection);

                var firstCount = first.Counts.Single(c => c.EntityName == "dw.FactMarketingActivity");
                var rebuiltCount = rebuilt.Counts.Single(c => c.EntityName == "dw.FactMarketingActivity");
                Assert.Multiple(() =>
                {
                    Assert.That(staged, Is.GreaterThan(1000), "the generated export has activities to load");
                    Assert.That(firstCount, Is.EqualTo(new EntityCount("dw.FactMarketingActivity", staged, staged, 0, 0, 0)),
                        "every staged activity read and inserted once");
                    Assert.That(rebuiltCount, Is.EqualTo(new EntityCount("dw.FactMarketingActivity", staged, 0, 0, 0, 0)),
                        "the upsert compares every column of every row with the first load's and finds nothing to change");
                    Assert.That(after, Is.EqualTo(before));
                    Assert.That(warehouse.Connection.ExecuteScalar<long>(
                        "SELECT count(DISTINCT MarketingActivityKey) FROM dw.FactMarketingActivity"), Is.EqualTo(staged));
                });
            }
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
