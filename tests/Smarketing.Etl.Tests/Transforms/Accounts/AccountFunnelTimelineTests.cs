using Smarketing.Etl.Configuration;
using Smarketing.Etl.Transforms.Accounts;

namespace Smarketing.Etl.Tests.Transforms.Accounts;

public class AccountFunnelTimelineTests
{
    private static readonly AccountMilestone Prospect = new(7, "Small (1-49)", new DateOnly(2024, 1, 1), null, null);

    private static AccountTouch Touch(int person, int month, int day, int score = 0, bool isTouch = true) =>
        new(person, new DateOnly(2024, month, day), isTouch, score, 5, "Events", 2);

    private static Dictionary<string, (int Entered, bool Inferred)> Stages(
        AccountFunnelConfiguration c, AccountMilestone account, params AccountTouch[] touches) =>
        new AccountFunnelTimeline(c).Stages(account, touches, 1)
            .ToDictionary(r => r.StageName, r => (r.EnteredDateKey, r.IsInferred));

    [Test]
    public void The_MQA_window_counts_the_entry_day_and_the_days_before_it()
    {
        // Window 10 days: on 01-10 the window is 01-01..01-10, so touches on 01-01, 01-05 and 01-10 (two people) qualify.
        var c = new AccountFunnelConfiguration { MqaWindowDays = 10, MqaMinPeople = 2, MqaMinTouches = 3 };
        Assert.That(Stages(c, Prospect, Touch(1, 1, 1), Touch(2, 1, 5), Touch(1, 1, 10))["MQA"], Is.EqualTo((20240110, false)));

        // One day later the first touch has left the window (01-02..01-11): no MQA, and nothing later reaches it.
        Assert.That(Stages(c, Prospect, Touch(1, 1, 1), Touch(2, 1, 5), Touch(1, 1, 11)).ContainsKey("MQA"), Is.False);
    }

    [Test]
    public void Many_touches_by_one_person_are_no_MQA_when_two_people_are_needed()
    {
        var c = new AccountFunnelConfiguration { MqaWindowDays = 30, MqaMinPeople = 2, MqaMinTouches = 3 };
        var stages = Stages(c, Prospect, Touch(1, 1, 2), Touch(1, 1, 3), Touch(1, 1, 4), Touch(1, 1, 5));
        Assert.That(stages.ContainsKey("MQA"), Is.False);
    }

    [Test]
    public void A_score_threshold_waits_until_the_score_changes_inside_the_window_add_up()
    {
        // Touches on 01-02 and 01-03 by two people satisfy people and touches from 01-03; the score changes +20 (01-03),
        // -10 (01-04) and +15 (01-20) add up to 25 on 01-20 (window 12-22..01-20): short of 30; +10 on 01-25 makes 35 (all still
        // inside).
        var c = new AccountFunnelConfiguration { MqaWindowDays = 30, MqaMinPeople = 2, MqaMinTouches = 2, MqaMinScore = 30 };
        var stages = Stages(c, Prospect, Touch(1, 1, 2), Touch(2, 1, 3), Touch(2, 1, 3, 20, isTouch: false),
            Touch(1, 1, 4, -10, isTouch: false), Touch(1, 1, 20, 15, isTouch: false), Touch(2, 1, 25, 10, isTouch: false));
        Assert.That(stages["MQA"], Is.EqualTo((20240125, false)));
    }

    [Test]
    public void Engaged_is_the_day_of_the_configured_touch_count_and_score_changes_are_not_touches()
    {
        var c = new AccountFunnelConfiguration { EngagedMinTouches = 2 };
        var stages = Stages(c, Prospect, Touch(1, 1, 2), Touch(1, 1, 3, 5, isTouch: false), Touch(2, 1, 9));
        Assert.That(stages["Engaged"], Is.EqualTo((20240109, false)));
    }

    [Test]
    public void A_win_without_touches_passes_every_earlier_stage_on_its_day()
    {
        // Known 01-01, first opportunity 03-01, won 04-01, never touched: Engaged and MQA are entered with the opportunity.
        var account = Prospect with { FirstOpportunity = new DateOnly(2024, 3, 1), FirstWon = new DateOnly(2024, 4, 1) };
        var rows = new AccountFunnelTimeline(new AccountFunnelConfiguration()).Stages(account, [], 1);
        var stages = rows.Select(r =>
            (r.StageName, r.EnteredDateKey, r.DaysFromPreviousStage, r.IsInferred, r.FirstEngagedChannel));
        Assert.That(stages, Is.EqualTo(new[]
        {
            ("Target", 20240101, (int?)null, false, "Not engaged"), ("Engaged", 20240301, 60, true, "Not engaged"),
            ("MQA", 20240301, 0, true, "Not engaged"), ("Opportunity", 20240301, 0, false, "Not engaged"),
            ("Customer", 20240401, 31, false, "Not engaged"),
        }));
    }

    [Test]
    public void An_account_known_after_its_first_touch_enters_Target_with_the_touch()
    {
        // Known 2024-01-01, but touched on 2023-12-20 (a person whose creation date the CRM lacks): Target enters with the touch.
        var touch = new AccountTouch(1, new DateOnly(2023, 12, 20), true, 0, 5, "Events", 2);
        var rows = new AccountFunnelTimeline(new AccountFunnelConfiguration()).Stages(Prospect, [touch], 1);
        Assert.That(rows.Select(r => (r.StageName, r.EnteredDateKey, r.IsInferred)), Is.EqualTo(new[]
        {
            ("Target", 20231220, true), ("Engaged", 20231220, false),
        }));
    }
}
