using Smarketing.Etl.Configuration;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>Walks one account's touches in time order and dates its account-funnel stages. Each stage has its own rule (Target:
/// the account became known; Engaged: the Nth touch; MQA: enough people, touches and score inside a sliding window of days;
/// Opportunity: the first opportunity's creation; Customer: the first win); a stage is entered on the earliest of its own day and
/// the entry of any later stage, so an account that skipped a stage (a deal sourced by sales without an MQA) still passes
/// through it, flagged inferred, and entry days never decrease along the funnel.</summary>
public sealed class AccountFunnelTimeline(AccountFunnelConfiguration configuration)
{
    /// <summary>The account's stage rows, Target first; empty when the account has no day at all.</summary>
    /// <param name="account">The account's milestones.</param>
    /// <param name="touches">Its people's touches and score changes, in time order.</param>
    /// <param name="batchId">The batch the rows are written under.</param>
    public IReadOnlyList<FactAccountStageHistoryRow> Stages(
        AccountMilestone account, IReadOnlyList<AccountTouch> touches, int batchId)
    {
        DateOnly?[] own = [account.Known, Engaged(touches), Mqa(touches), account.FirstOpportunity, account.FirstWon];
        var entered = new DateOnly?[own.Length];
        DateOnly? earliest = null;
        for (var s = own.Length - 1; s >= 0; s--)
        {
            earliest = Min(own[s], earliest);
            entered[s] = earliest;
        }

        if (entered[0] is not { } target)
        {
            return [];
        }

        var first = touches.FirstOrDefault(t => t.IsTouch);
        var last = Array.FindLastIndex(entered, e => e is not null);
        var rows = new List<FactAccountStageHistoryRow>(last + 1);
        for (var s = 0; s <= last; s++)
        {
            var day = entered[s]!.Value;
            rows.Add(new FactAccountStageHistoryRow(
                AccountKey: account.AccountKey,
                StageNumber: (short)(s + 1),
                StageName: AccountStages.Names[s],
                EnteredDateKey: DateKey.From(day),
                DaysFromPreviousStage: s == 0 ? null : day.DayNumber - entered[s - 1]!.Value.DayNumber,
                DaysFromTarget: day.DayNumber - target.DayNumber,
                IsInferred: own[s] != day,
                IsCurrent: s == last,
                Segment: account.Segment,
                FirstEngagedLeadKey: first?.LeadKey ?? 0,
                FirstEngagedPersonaKey: first?.PersonaKey ?? 0,
                FirstEngagedCampaignKey: first?.CampaignKey ?? 0,
                FirstEngagedChannel: first?.Channel ?? AccountStages.NotEngaged,
                BatchId: batchId));
        }

        return rows;
    }

    /// <summary>The day of the Nth touch.</summary>
    private DateOnly? Engaged(IReadOnlyList<AccountTouch> touches) =>
        touches.Where(t => t.IsTouch).Skip(configuration.EngagedMinTouches - 1).Select(t => (DateOnly?)t.Day).FirstOrDefault();

    /// <summary>The first day whose window (that day and the <c>mqaWindowDays − 1</c> days before it) holds enough touches,
    /// people and score. The conditions change only on days with an event, so only those days are checked.</summary>
    private DateOnly? Mqa(IReadOnlyList<AccountTouch> touches)
    {
        var window = new Queue<AccountTouch>();
        var people = new Dictionary<int, int>();
        int count = 0, score = 0;
        for (var i = 0; i < touches.Count;)
        {
            var day = touches[i].Day;
            for (; i < touches.Count && touches[i].Day == day; i++)
            {
                var t = touches[i];
                window.Enqueue(t);
                score += t.ScoreDelta;
                if (t.IsTouch)
                {
                    count++;
                    people[t.LeadKey] = people.GetValueOrDefault(t.LeadKey) + 1;
                }
            }

            while (window.Peek().Day.DayNumber <= day.DayNumber - configuration.MqaWindowDays)
            {
                var t = window.Dequeue();
                score -= t.ScoreDelta;
                if (t.IsTouch)
                {
                    count--;
                    if (--people[t.LeadKey] == 0)
                    {
                        people.Remove(t.LeadKey);
                    }
                }
            }

            if (count >= configuration.MqaMinTouches && people.Count >= configuration.MqaMinPeople
                && (configuration.MqaMinScore == 0 || score >= configuration.MqaMinScore))
            {
                return day;
            }
        }

        return null;
    }

    private static DateOnly? Min(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
