using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>dw.FactAccountStageHistory: every account's account-funnel stages (<see cref="AccountFunnelTimeline"/>). The MQA
/// rule is a sliding window over each account's touches, so this is procedural; the touches come from prep.AccountTouch, by
/// account. Rebuilt in full every batch and written with <see cref="UpsertOptions.Replace"/> (only changed rows touched): an
/// account's stages depend on all of its people, its opportunities and the configuration, and the whole fact is small (one row
/// per account and stage; the read is the accounts' people's touches, not the whole activity fact).</summary>
public sealed class AccountFunnelFacts : ITransform
{
    /// <summary>Every live account with its milestones.</summary>
    internal const string AccountsSql =
        "SELECT m.AccountKey, m.Segment, m.AccountCreatedAtUtc, m.FirstPersonCreatedDateKey, m.FirstOpportunityDateKey, " +
        "m.FirstWonDateKey FROM prep.AccountMilestone AS m ORDER BY m.AccountKey";

    /// <summary>The accounts' people's touches and score changes, by account and time.</summary>
    internal const string TouchesSql =
        "SELECT t.AccountKey, t.LeadKey, t.TouchDateKey, t.IsTouch, t.ScoreDelta, t.CampaignKey, t.Channel, t.PersonaKey " +
        "FROM prep.AccountTouch AS t ORDER BY t.AccountKey, t.TouchDateKey, t.TouchedAtUtc, t.TouchId";

    /// <inheritdoc />
    public string Table => "dw.FactAccountStageHistory";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var accounts = new List<AccountMilestone>();
        using (var r = context.Loader.Read(AccountsSql))
        {
            while (r.Read())
            {
                var known = Earlier(r.Instant(2) is { } created ? DateOnly.FromDateTime(created) : null, DayKey.Day(r.Int(3)));
                accounts.Add(new AccountMilestone(
                    r.Int(0)!.Value, r.Str(1) ?? "Unknown", known, DayKey.Day(r.Int(4)), DayKey.Day(r.Int(5))));
            }
        }

        var touches = new Dictionary<int, List<AccountTouch>>();
        using (var r = context.Loader.Read(TouchesSql))
        {
            while (r.Read())
            {
                var account = r.Int(0)!.Value;
                if (!touches.TryGetValue(account, out var list))
                {
                    touches[account] = list = [];
                }

                list.Add(new AccountTouch(r.Int(1)!.Value, DayKey.Day(r.Int(2))!.Value, r.Int(3) == 1, r.Int(4) ?? 0,
                    r.Int(5) ?? 0, r.Str(6) ?? "Unknown", r.Int(7) ?? 0));
            }
        }

        var timeline = new AccountFunnelTimeline(context.Configuration.AccountFunnel);
        var rows = accounts.SelectMany(a => timeline.Stages(a, touches.GetValueOrDefault(a.AccountKey) ?? [], context.BatchId));
        return [context.Loader.Upsert(rows, UpsertOptions.Replace)];
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
