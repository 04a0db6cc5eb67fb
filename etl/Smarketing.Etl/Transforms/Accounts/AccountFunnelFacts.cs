using Smarketing.Etl.Loading;
using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Incremental;

namespace Smarketing.Etl.Transforms.Accounts;

/// <summary>dw.FactAccountStageHistory: every account's account-funnel stages (<see cref="AccountFunnelTimeline"/>). The MQA
/// rule is a sliding window over each account's touches, so this is procedural; the touches come from prep.AccountTouch, by
/// account. An account's stages depend on all of its people, its opportunities and the configuration, so a delta rebuilds whole
/// accounts: those <see cref="AccountScope"/> lists (first deciding the list), replacing rows only within it; a full rebuild
/// replaces the whole fact. Only changed rows are written either way.</summary>
public sealed class AccountFunnelFacts : ITransform
{
    /// <summary>Every live account with its milestones.</summary>
    internal const string AccountsSql = AccountsSelect + " ORDER BY m.AccountKey";

    /// <summary>The listed accounts with their milestones.</summary>
    internal const string ListedAccountsSql =
        AccountsSelect + " WHERE m.AccountKey IN " + AccountScope.ListedAccounts + " ORDER BY m.AccountKey";

    private const string AccountsSelect =
        "SELECT m.AccountKey, m.Segment, m.AccountCreatedAtUtc, m.FirstPersonCreatedDateKey, m.FirstOpportunityDateKey, " +
        "m.FirstWonDateKey FROM prep.AccountMilestone AS m";

    /// <summary>The accounts' people's touches and score changes, by account and time.</summary>
    internal const string TouchesSql = TouchesSelect + " " + TouchOrder;

    /// <summary>The listed accounts' people's touches and score changes, by account and time.</summary>
    internal const string ListedTouchesSql = TouchesSelect + " WHERE t.AccountKey IN " + AccountScope.ListedAccounts + " " + TouchOrder;

    private const string TouchesSelect =
        "SELECT t.AccountKey, t.LeadKey, t.TouchDateKey, t.IsTouch, t.ScoreDelta, t.CampaignKey, t.Channel, t.PersonaKey " +
        "FROM prep.AccountTouch AS t";

    private const string TouchOrder = "ORDER BY t.AccountKey, t.TouchDateKey, t.TouchedAtUtc, t.TouchId";

    /// <inheritdoc />
    public string Table => "dw.FactAccountStageHistory";

    /// <inheritdoc />
    public IReadOnlyList<EntityCount> Run(TransformContext context)
    {
        var (listed, scope) = AccountScope.Decide(context);
        context.Accounts = scope;
        var accounts = new List<AccountMilestone>();
        using (var r = scope.IsAll ? context.Loader.Read(AccountsSql) : context.Loader.Read(ListedAccountsSql))
        {
            while (r.Read())
            {
                var known = Earlier(r.Instant(2) is { } created ? DateOnly.FromDateTime(created) : null, DayKey.Day(r.Int(3)));
                accounts.Add(new AccountMilestone(
                    r.Int(0)!.Value, r.Str(1) ?? "Unknown", known, DayKey.Day(r.Int(4)), DayKey.Day(r.Int(5))));
            }
        }

        var touches = new Dictionary<int, List<AccountTouch>>();
        using (var r = scope.IsAll ? context.Loader.Read(TouchesSql) : context.Loader.Read(ListedTouchesSql))
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
        return [listed, context.Loader.Upsert(rows, AccountScope.Replace(scope))];
    }

    private static DateOnly? Earlier(DateOnly? a, DateOnly? b) => a is null ? b : b is null ? a : a < b ? a : b;
}
