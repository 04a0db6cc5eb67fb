using Dapper;
using Smarketing.Etl.Loading.DuckDb;

namespace Smarketing.Etl.Tests.Transforms.Accounts;

/// <summary>The account funnel of <see cref="AccountFixture"/>'s four accounts, worked out by hand.</summary>
[NonParallelizable]
public class AccountFunnelTests
{
    private DuckDbLoader warehouse = null!;

    [OneTimeSetUp]
    public void Load() => warehouse = AccountFixture.Load();

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private List<(string Stage, int Entered, int? FromPrevious, int FromTarget, bool Inferred, bool Current)> Stages(
        int account) =>
        warehouse.Connection.Query<(string, int, int?, int, bool, bool)>(
            "SELECT h.StageName, h.EnteredDateKey, h.DaysFromPreviousStage, h.DaysFromTarget, h.IsInferred, h.IsCurrent " +
            "FROM dw.FactAccountStageHistory h JOIN dw.DimAccount a ON a.AccountKey = h.AccountKey " +
            $"WHERE a.SalesforceAccountId = '{AccountFixture.Account(account)}' ORDER BY h.StageNumber").ToList();

    [Test]
    public void An_account_becomes_an_MQA_on_the_touch_that_puts_the_third_touch_and_second_person_inside_the_window()
    {
        // A1: Target 01-05 (P1's creation, before the account's 01-10), Engaged 01-05 (P1's touch); on 02-10 the window
        // 01-12..02-10 holds P2 02-01 and P1 02-10 (2 touches); on 02-20 the window 01-22..02-20 holds P2, P1 and P3: 3 touches
        // by 3 people, MQA. Opportunity 03-01 (10 days later: February 2024 has 29 days), Customer 04-15 (45 days), 101 days
        // from Target.
        Assert.That(Stages(1), Is.EqualTo(new[]
        {
            ("Target", 20240105, (int?)null, 0, false, false),
            ("Engaged", 20240105, 0, 0, false, false),
            ("MQA", 20240220, 46, 46, false, false),
            ("Opportunity", 20240301, 10, 56, false, false),
            ("Customer", 20240415, 45, 101, false, true),
        }));
    }

    [Test]
    public void Touches_spread_over_more_than_the_window_are_no_MQA_and_the_opportunity_carries_the_account_through_it()
    {
        // A2: P4 01-15, P5 01-20, P4 02-14: on 02-14 the window 01-16..02-14 no longer holds 01-15 (two touches); P4 04-20 is
        // alone in its window. MQA is entered with the opportunity on 03-10 (55 days after Engaged), flagged inferred; lost: no
        // Customer.
        Assert.That(Stages(2), Is.EqualTo(new[]
        {
            ("Target", 20240115, (int?)null, 0, false, false),
            ("Engaged", 20240115, 0, 0, false, false),
            ("MQA", 20240310, 55, 55, true, false),
            ("Opportunity", 20240310, 0, 55, false, true),
        }));
    }

    [Test]
    public void A_campaign_response_engages_an_account_and_an_untouched_account_stays_a_target()
    {
        // A3: Target 02-01 (P6's creation), Engaged 02-05 by P6's webinar response. A4: Target 02-10 (the account, before P7's
        // 02-12).
        Assert.That(Stages(3), Is.EqualTo(new[]
        {
            ("Target", 20240201, (int?)null, 0, false, false),
            ("Engaged", 20240205, 4, 4, false, true),
        }));
        Assert.That(Stages(4), Is.EqualTo(new[] { ("Target", 20240210, (int?)null, 0, false, true) }));
    }

    [Test]
    public void The_first_engaged_person_gives_the_account_its_channel_and_persona()
    {
        var first = warehouse.Connection.Query<(string Account, string Channel, string Persona)>(
            "SELECT DISTINCT a.SalesforceAccountId, h.FirstEngagedChannel, COALESCE(p.PersonaName, '-') " +
            "FROM dw.FactAccountStageHistory h JOIN dw.DimAccount a ON a.AccountKey = h.AccountKey " +
            "LEFT JOIN dw.DimPersona p ON p.PersonaKey = h.FirstEngagedPersonaKey " +
            "ORDER BY 1").Select(r => (r.Channel, r.Persona));
        Assert.That(first, Is.EqualTo(new[]
        {
            ("Paid Media", "IT Decision Maker"), ("Paid Media", "IT Decision Maker"), ("Events", "Marketing Leader"),
            ("Not engaged", "Unknown"),
        }));
    }

    [Test]
    public void The_account_funnel_view_gives_cohort_conversion_and_velocity_by_segment()
    {
        // Enterprise (A1, A2; cohort 2024-01): Target 2 -> Engaged 2 (0 + 0 days) -> MQA 2, one inferred (46 + 55 = 101 days,
        // 50.50)
        // -> Opportunity 2 (10 + 0 = 10 days, 5.00) -> Customer 1 of 2 (45 days); Small (A3, A4; 2024-02): Target 2 -> Engaged 1
        // (4 days) -> no MQA.
        var rows = warehouse.Connection.Query<(string Segment, string Stage, long Accounts, long Inferred, long Next, long Days,
            decimal Rate)>(
            "SELECT Segment, StageName, SUM(Accounts), SUM(InferredAccounts), SUM(NextStageAccounts), " +
            "SUM(DaysToNextStageTotal), " +
            "CAST(SUM(NextStageAccounts) AS decimal(9,4)) / SUM(Accounts) FROM rpt.AccountFunnel " +
            "GROUP BY Segment, StageNumber, StageName " +
            "ORDER BY Segment, StageNumber").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            ("Enterprise (1000+)", "Target", 2L, 0L, 2L, 0L, 1m),
            ("Enterprise (1000+)", "Engaged", 2L, 0L, 2L, 101L, 1m),
            ("Enterprise (1000+)", "MQA", 2L, 1L, 2L, 10L, 1m),
            ("Enterprise (1000+)", "Opportunity", 2L, 0L, 1L, 45L, 0.5m),
            ("Enterprise (1000+)", "Customer", 1L, 0L, 0L, 0L, 0m),
            ("Small (1-49)", "Target", 2L, 0L, 1L, 4L, 0.5m),
            ("Small (1-49)", "Engaged", 1L, 0L, 0L, 0L, 0m),
        }));
    }

    [Test]
    public void The_view_rates_and_averages_are_those_of_each_cohort_group()
    {
        // Enterprise 2024-01, Paid Media, IT Decision Maker: Engaged -> MQA in 101 / 2 = 50.50 days; Opportunity -> Customer
        // 1 / 2;
        // Customer is reached by 1 of the 2 Target accounts; the Customer row has no next stage.
        var rows = warehouse.Connection.Query<(int Cohort, string Stage, decimal? Rate, decimal FromTarget, decimal? Days,
            int Target)>(
            "SELECT CohortYearMonth, StageName, ConversionRateToNextStage, ConversionRateFromTarget, AvgDaysToNextStage, " +
            "TargetAccounts FROM rpt.AccountFunnel WHERE FirstEngagedChannel = 'Paid Media' AND StageNumber IN (2, 4, 5) " +
            "ORDER BY StageNumber").ToList();
        Assert.That(rows, Is.EqualTo(new[]
        {
            (202401, "Engaged", (decimal?)1.0000m, 1.0000m, (decimal?)50.50m, 2),
            (202401, "Opportunity", 0.5000m, 1.0000m, 45.00m, 2),
            (202401, "Customer", null, 0.5000m, null, 2),
        }));
    }
}
