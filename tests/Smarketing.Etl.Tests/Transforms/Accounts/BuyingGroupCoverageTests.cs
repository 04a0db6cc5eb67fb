using Dapper;
using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Etl.Tests.Transforms.Accounts;

/// <summary>The buying groups of <see cref="AccountFixture"/>'s two deals, worked out by hand (Enterprise requires Decision
/// Maker, Economic Buyer and Technical Buyer; a role is engaged by a touch within 30 days up to the close).</summary>
[NonParallelizable]
public class BuyingGroupCoverageTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = AccountFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private (int Roles, int Required, int Present, int Engaged, decimal Percent, string Band, string? Missing, int? Complete,
        int? Days) Deal(int n) =>
        warehouse.Connection.QuerySingle<(int, int, int, int, decimal, string, string?, int?, int?)>(
            "SELECT ContactRoles, RequiredRoles, RolesPresent, RolesEngaged, CoveragePercent, CoverageBand, MissingRoles, " +
            "GroupCompleteDateKey, DaysToCompleteGroup FROM dw.FactBuyingGroupCoverage " +
            $"WHERE SalesforceOpportunityId = '{AccountFixture.Opportunity(n)}'");

    [Test]
    public void A_deal_whose_every_required_role_was_touched_before_the_close_has_a_complete_group()
    {
        // O1 closes 04-15: window 03-17..04-15. P1 (Decision Maker, the converted lead) touched 03-20, P2 (Economic Buyer) 04-01,
        // P3 (Technical Buyer) 04-10: 3 of 3 engaged, 100 %; complete on 04-10, 40 days after the creation on 03-01.
        Assert.That(Deal(1), Is.EqualTo((3, 3, 3, 3, 100.00m, "100%", (string?)null, (int?)20240410, (int?)40)));
    }

    [Test]
    public void Roles_nobody_holds_and_roles_outside_the_requirement_leave_the_group_incomplete()
    {
        // O2 closes 05-01: window 04-02..05-01. P4 (Decision Maker) touched 04-20 (its 01-15 and 02-14 touches are too early);
        // nobody holds Economic Buyer or Technical Buyer; P5's Evaluator role is not required. 1 of 3 = 33.33 %: band 25-49%.
        Assert.That(Deal(2),
            Is.EqualTo((2, 3, 1, 1, 33.33m, "25-49%", (string?)"Economic Buyer, Technical Buyer", (int?)null, (int?)null)));
    }

    [Test]
    public void The_coverage_view_gives_win_rate_and_cycle_length_by_band()
    {
        // 2024-04: O1 won in 45 days (03-01 -> 04-15) with a complete group; 2024-05: O2 lost after 52 days (03-10 -> 05-01).
        var rows = warehouse.Connection.Query<(int Month, string Band, int Closed, int Won, decimal? WinRate, decimal? WonCycle,
            decimal? ClosedCycle, decimal? Coverage, int Complete, decimal? DaysToComplete)>(
            "SELECT CloseYearMonth, CoverageBand, ClosedOpportunities, WonOpportunities, WinRate, AvgWonCycleDays, " +
            "AvgClosedCycleDays, CoverageRate, CompleteGroups, AvgDaysToCompleteGroup FROM rpt.BuyingGroupCoverage " +
            "WHERE Segment = 'Enterprise (1000+)' ORDER BY CloseYearMonth").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            (202404, "100%", 1, 1, (decimal?)1.0000m, (decimal?)45.00m, (decimal?)45.00m, (decimal?)1.0000m, 1, (decimal?)40.00m),
            (202405, "25-49%", 1, 0, 0.0000m, null, 52.00m, 0.3333m, 0, null),
        }));
    }
}
