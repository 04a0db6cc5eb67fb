using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Sources.Mapping;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Sources.Mapping;

/// <summary>The funnel export of docs/MAPPING.md (second worked example) loaded through its documented mapping, against the
/// figures worked out by hand there (see <see cref="FunnelExportFixture"/>).</summary>
[NonParallelizable]
public class FunnelExportMappingTests
{
    private DuckDbLoader warehouse = null!;
    private NormalizationResult mapped = null!;

    [OneTimeSetUp]
    public void Load()
    {
        var folder = CliProcess.TempFolder();
        FunnelExportFixture.Write(Path.Combine(folder, "export"));
        mapped = MappingNormalizer.Normalize(MappingLoader.Load(FunnelExportFixture.MappingPath), Path.Combine(folder, "export"), Path.Combine(folder, "canonical"));
        (warehouse, var result) = TestWarehouse.Load(folder, Path.Combine(folder, "canonical"), FunnelExportFixture.AsOf);
        Assert.That(result.Rejects, Is.Empty, "the canonical files the mapping writes stage without rejects");
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private (int, int, int, int, int, int) Counts(string path)
    {
        var e = mapped.Entities.Single(o => o.Path == path);
        return (e.RowsRead, e.RowsMapped, e.RowsMerged, e.RowsEmpty, e.Rejects.Count, e.RowsWritten);
    }

    [Test]
    public void Every_row_of_both_files_is_accounted_for()
    {
        // mqls.csv: 11 read = 10 mapped + 1 merged (M03 twice). closed_deals.csv as users from sdr_id: SDR-A, SDR-B new, each once
        // more merged, M07 names no SDR (empty) → 5 = 2 + 2 + 1; from sr_id: SR-X, SR-Y new, 3 repeats → 5 = 2 + 3.
        Assert.That(Counts("leads"), Is.EqualTo((11, 10, 1, 0, 0, 10)));
        Assert.That(Counts("users[0]"), Is.EqualTo((5, 2, 2, 1, 0, 2)));
        Assert.That(Counts("users[1]"), Is.EqualTo((5, 2, 3, 0, 0, 2)));
        Assert.That(Counts("opportunities"), Is.EqualTo((5, 5, 0, 0, 0, 5)));
        Assert.That(mapped.Unbalanced(), Is.Empty);
    }

    [Test]
    public void Conversion_by_channel_is_the_hand_count()
    {
        // Paid Media M01 M02 M06 M10 → won M01 M02 M06; Organic M03 M04 → M04; Email M05; Referral M07 → M07; Unknown M08 M09.
        var rows = warehouse.Connection.Query<(string Channel, long Mqls, long Opportunities, long Customers)>(
            "SELECT Channel, sum(Mqls), sum(Opportunities), sum(Customers) FROM rpt.FunnelConversion GROUP BY Channel ORDER BY Channel").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Email", 1L, 0L, 0L), ("Organic", 2L, 1L, 1L), ("Paid Media", 4L, 3L, 3L), ("Referral", 1L, 1L, 1L), ("Unknown", 2L, 0L, 0L),
        }));
    }

    [Test]
    public void Wins_by_SDR_come_from_the_lead_owner_and_a_deal_without_SDR_is_Unknown()
    {
        var won = warehouse.Connection.Query<(string Rep, long Won)>(
            "SELECT r.RepName, count(*) FROM dw.FactLeadFunnel f JOIN dw.DimRep r ON r.RepKey = f.OwnerRepKey WHERE f.WonDateKey IS NOT NULL " +
            "GROUP BY r.RepName ORDER BY 1").ToList();
        Assert.That(won, Is.EqualTo(new[] { ("SDR-A", 2L), ("SDR-B", 2L), ("Unknown", 1L) }));
    }

    [Test]
    public void Wins_by_sales_rep_come_from_the_opportunity_owner()
    {
        // SR-X: M01 1000 + M04 0 + M06 500 = 1500; SR-Y: M02 2000 + M07 0 = 2000.
        var won = warehouse.Connection.Query<(string Rep, long Won, decimal Amount)>(
            "SELECT r.RepName, count(*), sum(o.Amount) FROM dw.FactOpportunity o JOIN dw.DimRep r ON r.RepKey = o.OwnerRepKey WHERE o.IsWon " +
            "GROUP BY r.RepName ORDER BY 1").ToList();
        Assert.That(won, Is.EqualTo(new[] { ("SR-X", 3L, 1500m), ("SR-Y", 2L, 2000m) }));
    }

    [Test]
    public void Days_from_first_contact_to_won_read_the_dates_written_with_a_space()
    {
        // M01 1 Mar → 15 Mar 10:00 = 14 + 10/24 = 14.42; M02 20 + 16.5/24 = 20.69; M04 26 + 9/24 = 26.38; M06 27 + 12/24 = 27.50;
        // M07 29 + 8/24 = 29.33. Median 26.38.
        var days = warehouse.Connection.Query<decimal>("SELECT DaysInquiryToWon FROM dw.FactLeadFunnel WHERE WonDateKey IS NOT NULL ORDER BY 1").ToList();
        Assert.That(days, Is.EqualTo(new[] { 14.42m, 20.69m, 26.38m, 27.50m, 29.33m }));
    }

    [Test]
    public void The_deal_creation_date_comes_from_the_leads_file_and_the_first_behaviour_profile_becomes_the_title()
    {
        var deals = warehouse.Connection.Query<(string Lead, DateTime Created, string? Title, string? Industry)>(
            "SELECT l.LastName, o.CreatedDate, l.Title, l.Industry FROM stg.SalesforceOpportunity o JOIN stg.SalesforceLead l " +
            "ON l.ConvertedOpportunityId = o.Id ORDER BY 1").ToList();
        Assert.That(deals, Is.EqualTo(new[]
        {
            ("M01", new DateTime(2024, 3, 1), "cat", "home_decor"), ("M02", new DateTime(2024, 3, 2), "cat", "health_beauty"),
            ("M04", new DateTime(2024, 3, 4), (string?)null, "home_decor"), ("M06", new DateTime(2024, 3, 6), "eagle", "car_accessories"),
            ("M07", new DateTime(2024, 3, 7), "shark", "home_decor"),
        }));
    }
}
