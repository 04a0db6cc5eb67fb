using Smarketing.Etl.Loading;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Transforms.Revenue;

public sealed partial class OpportunityFacts
{
    /// <summary>The dw.FactOpportunity columns written, in row order.</summary>
    public static IReadOnlyList<string> OpportunityColumns { get; } =
    [
        "SalesforceOpportunityId", "OpportunityName", "AccountKey", "LeadKey", "OwnerRepKey", "PrimaryCampaignKey", "PersonaKey", "CurrentStageKey",
        "OpportunityType", "TypeCategory", "IsNewCustomer", "LeadSource", "ForecastCategory", "CurrencyIsoCode", "OriginalAmount",
        "ReportingCurrencyIsoCode", "ExchangeRate", "Amount", "Probability", "WeightedAmount", "WonAmount", "CreatedDateKey", "DiscoveryDateKey",
        "DemonstrationDateKey", "JustificationDateKey", "NegotiationDateKey", "CloseDateKey", "ClosedDateKey", "WonDateKey", "LostDateKey",
        "CreatedAtUtc", "ClosedAtUtc", "IsClosed", "IsWon", "CycleDays", "ReachedBidStage", "IsDeleted", "BatchId",
    ];

    /// <summary>The dw.FactPipelineSnapshot columns written, in row order.</summary>
    public static IReadOnlyList<string> SnapshotColumns { get; } =
    [
        "SnapshotDateKey", "SalesforceOpportunityId", "StageKey", "AccountKey", "OwnerRepKey", "PrimaryCampaignKey", "CloseDateKey", "TypeCategory",
        "ForecastCategory", "Amount", "Probability", "WeightedAmount", "DaysInStage", "AgeDays", "IsWeekEnd", "IsMonthEnd", "BatchId",
    ];

    private static readonly string[] NamedStages = ["Discovery", "Demonstration", "Justification", "Negotiation"];

    /// <summary>The category of an Opportunity.Type: New, Upgrade, Renewal (configuration: opportunityTypes) or Other.</summary>
    internal static string TypeCategory(TransformContext context, string? type) =>
        type is not null && context.Configuration.OpportunityTypes.TryGetValue(type, out var category) ? category : "Other";

    private static (int Account, int Owner, int Campaign, string Category) WriteOpportunity(IRowWriter writer, TransformContext context, Lookups keys,
        OpportunityTimeline timeline, decimal? rate, StageInfo? bidStage)
    {
        var o = timeline.Opportunity;
        var category = TypeCategory(context, o.Type);
        var amount = Convert(o.Amount, rate);
        var closedDate = o.IsClosed ? o.CloseDate ?? (timeline.ClosedAtUtc is { } c ? DateOnly.FromDateTime(c) : null) : null;
        var account = keys.Accounts[o.AccountId];
        var owner = keys.Reps.At(o.OwnerId, o.CreatedAtUtc).Key;
        var campaign = keys.Campaigns[o.CampaignId];
        var i = 0;
        var row = new object?[OpportunityColumns.Count];
        row[i++] = o.Id;
        row[i++] = o.Name;
        row[i++] = account;
        row[i++] = o.LeadKey;
        row[i++] = owner;
        row[i++] = campaign;
        row[i++] = keys.Personas.Of(o.LeadKey, o.AccountId);
        row[i++] = timeline.Current.Key;
        row[i++] = o.Type;
        row[i++] = category;
        row[i++] = o.IsWon && !o.IsDeleted && category == "New";
        row[i++] = o.LeadSource;
        row[i++] = o.ForecastCategory;
        row[i++] = o.CurrencyIsoCode;
        row[i++] = o.Amount;
        row[i++] = keys.Currency.ReportingCurrency;
        row[i++] = rate;
        row[i++] = amount;
        row[i++] = o.Probability;
        row[i++] = amount is { } a && o.Probability is { } p ? decimal.Round(a * p / 100m, 4) : null;
        row[i++] = o.IsWon ? amount ?? 0m : 0m;
        row[i++] = DateKey.From(o.CreatedAtUtc);
        foreach (var stage in NamedStages)
        {
            row[i++] = timeline.FirstEntry.TryGetValue(stage, out var entered) ? DateKey.From(entered) : null;
        }

        row[i++] = DateKey.Optional(o.CloseDate);
        row[i++] = DateKey.Optional(closedDate);
        row[i++] = o.IsWon ? DateKey.Optional(closedDate) : null;
        row[i++] = o.IsClosed && !o.IsWon ? DateKey.Optional(closedDate) : null;
        row[i++] = o.CreatedAtUtc;
        row[i++] = timeline.ClosedAtUtc;
        row[i++] = o.IsClosed;
        row[i++] = o.IsWon;
        row[i++] = timeline.ClosedAtUtc is { } closed ? decimal.Round((decimal)(closed - o.CreatedAtUtc).TotalDays, 2) : null;
        row[i++] = timeline.Reached(bidStage);
        row[i++] = o.IsDeleted;
        row[i] = context.BatchId;
        writer.Write(row);
        return (account, owner, campaign, category);
    }

    /// <summary>One row per snapshot instant at which the opportunity was open, from its creation to the last complete period: every
    /// week end (Sunday 24:00 UTC, up to <paramref name="lastWeek"/>) and every calendar month end (24:00 UTC on the last day, up to
    /// <paramref name="lastMonthEnd"/>); a Sunday that ends a month is one row with both flags.</summary>
    private static void WriteSnapshots(IRowWriter writer, TransformContext context, OpportunityTimeline timeline,
        (int Account, int Owner, int Campaign, string Category) facts, decimal? rate, DateOnly lastWeek, DateOnly lastMonthEnd)
    {
        var o = timeline.Opportunity;
        if (o.IsDeleted)
        {
            return;
        }

        var row = new object?[SnapshotColumns.Count];
        var last = lastWeek > lastMonthEnd ? lastWeek : lastMonthEnd;
        for (var day = DateOnly.FromDateTime(o.CreatedAtUtc); day <= last; day = day.AddDays(1))
        {
            var isWeekEnd = day.DayOfWeek == DayOfWeek.Sunday && day <= lastWeek;
            var isMonthEnd = day.AddDays(1).Day == 1 && day <= lastMonthEnd;
            if (!isWeekEnd && !isMonthEnd)
            {
                continue;
            }

            var end = day.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            if (timeline.OpenAt(end) is not { } state)
            {
                if (timeline.ClosedAtUtc is { } closed && closed < end)
                {
                    break;
                }

                continue;
            }

            var amount = Convert(state.Row.Amount ?? o.Amount, rate);
            var probability = state.Row.Probability ?? o.Probability;
            row[0] = DateKey.From(day);
            row[1] = o.Id;
            row[2] = state.Stage.Key;
            row[3] = facts.Account;
            row[4] = facts.Owner;
            row[5] = facts.Campaign;
            row[6] = DateKey.Optional(state.Row.CloseDate ?? o.CloseDate);
            row[7] = facts.Category;
            row[8] = state.Row.ForecastCategory ?? o.ForecastCategory;
            row[9] = amount;
            row[10] = probability;
            row[11] = amount is { } a && probability is { } p ? decimal.Round(a * p / 100m, 4) : null;
            row[12] = (int)(end - state.StageEnteredAt).TotalDays;
            row[13] = (int)(end - o.CreatedAtUtc).TotalDays;
            row[14] = isWeekEnd;
            row[15] = isMonthEnd;
            row[16] = context.BatchId;
            writer.Write(row);
        }
    }

    private static decimal? Convert(decimal? amount, decimal? rate) => amount is { } a && rate is { } r ? decimal.Round(a * r, 4) : null;
}
