using Smarketing.Generation;

namespace Smarketing.Etl.Tests.Generation;

/// <summary>Campaign budgets follow the number of leads generated, so cost per lead and CAC do not depend on the volume (issue 13).</summary>
public class CampaignPlannerTests
{
    private static readonly DateOnly From = new(2023, 1, 1);
    private static readonly DateOnly To = new(2025, 6, 30);

    private static decimal Budget(int leads) =>
        new CampaignPlanner(new SeededRandom(42), new SalesforceIdSequence("701"), From, To, leads).Plan().Sum(c => c.BudgetedCost ?? 0m);

    [Test]
    public void Five_times_the_leads_cost_five_times_as_much()
    {
        // Same seed, same campaigns and cost-per-lead draws: only the expected leads differ (x5); rounding each budget to 500
        // keeps the ratio within 1 % of 5.
        var ratio = Budget(10000) / Budget(2000);
        Assert.That(ratio, Is.EqualTo(5m).Within(0.05m));
    }

    [Test]
    public void The_planned_cost_per_lead_lies_between_the_cheapest_and_the_dearest_channel()
    {
        // Every campaign's budget = its expected leads x a cost per lead from its channel's range (120 .. 1,600 dollars), and the
        // expected leads of all campaigns add up to the leads of the period plus the quarter planned beyond it (2,000 x 1.1 or so).
        var perLead = Budget(2000) / 2000m;
        Assert.That(perLead, Is.InRange(150m, 900m));
    }
}
