using Smarketing.Etl.Loading.Rows;
using Smarketing.Etl.Transforms.Funnel;

namespace Smarketing.Etl.Transforms.Revenue;

public sealed partial class OpportunityFacts
{
    /// <summary>The category of an Opportunity.Type: New, Upgrade, Renewal (configuration: opportunityTypes) or Other.</summary>
    internal static string TypeCategory(TransformContext context, string? type) =>
        type is not null && context.Configuration.OpportunityTypes.TryGetValue(type, out var category) ? category : "Other";

    private static (int Account, int Owner, int Campaign, string Category) WriteOpportunity(TypedRowWriter<FactOpportunityRow> writer, TransformContext context, Lookups keys,
        OpportunityTimeline timeline, decimal? rate, StageInfo? bidStage)
    {
        var o = timeline.Opportunity;
        var category = TypeCategory(context, o.Type);
        var amount = Convert(o.Amount, rate);
        var closedDate = o.IsClosed ? o.CloseDate ?? (timeline.ClosedAtUtc is { } c ? DateOnly.FromDateTime(c) : null) : null;
        var account = keys.Accounts[o.AccountId];
        var owner = keys.Reps.At(o.OwnerId, o.CreatedAtUtc).Key;
        var campaign = keys.Campaigns[o.CampaignId];
        var weighted = amount is { } a && o.Probability is { } p ? decimal.Round(a * p / 100m, 4) : (decimal?)null;
        int? Entered(string stage) => timeline.FirstEntry.TryGetValue(stage, out var entered) ? DateKey.From(entered) : null;
        writer.Write(new FactOpportunityRow(
            SalesforceOpportunityId: o.Id,
            OpportunityName: o.Name,
            AccountKey: account,
            LeadKey: o.LeadKey,
            OwnerRepKey: owner,
            PrimaryCampaignKey: campaign,
            PersonaKey: keys.Personas.Of(o.LeadKey, o.AccountId),
            CurrentStageKey: timeline.Current.Key,
            OpportunityType: o.Type,
            TypeCategory: category,
            IsNewCustomer: o.IsWon && !o.IsDeleted && category == "New",
            LeadSource: o.LeadSource,
            ForecastCategory: o.ForecastCategory,
            CurrencyIsoCode: o.CurrencyIsoCode,
            OriginalAmount: o.Amount,
            ReportingCurrencyIsoCode: keys.Currency.ReportingCurrency,
            ExchangeRate: rate,
            Amount: amount,
            Probability: o.Probability,
            WeightedAmount: weighted,
            WonAmount: o.IsWon ? amount ?? 0m : 0m,
            CreatedDateKey: DateKey.From(o.CreatedAtUtc),
            DiscoveryDateKey: Entered("Discovery"),
            DemonstrationDateKey: Entered("Demonstration"),
            JustificationDateKey: Entered("Justification"),
            NegotiationDateKey: Entered("Negotiation"),
            CloseDateKey: DateKey.Optional(o.CloseDate),
            ClosedDateKey: DateKey.Optional(closedDate),
            WonDateKey: o.IsWon ? DateKey.Optional(closedDate) : null,
            LostDateKey: o.IsClosed && !o.IsWon ? DateKey.Optional(closedDate) : null,
            CreatedAtUtc: o.CreatedAtUtc,
            ClosedAtUtc: timeline.ClosedAtUtc,
            IsClosed: o.IsClosed,
            IsWon: o.IsWon,
            CycleDays: timeline.ClosedAtUtc is { } closed ? decimal.Round((decimal)(closed - o.CreatedAtUtc).TotalDays, 2) : null,
            ReachedBidStage: timeline.Reached(bidStage),
            IsDeleted: o.IsDeleted,
            BatchId: context.BatchId));
        return (account, owner, campaign, category);
    }

    /// <summary>One row per snapshot instant at which the opportunity was open, from its creation to the last complete period: every
    /// week end (Sunday 24:00 UTC, up to <paramref name="lastWeek"/>) and every calendar month end (24:00 UTC on the last day, up to
    /// <paramref name="lastMonthEnd"/>); a Sunday that ends a month is one row with both flags.</summary>
    private static void WriteSnapshots(TypedRowWriter<FactPipelineSnapshotRow> writer, TransformContext context, OpportunityTimeline timeline,
        (int Account, int Owner, int Campaign, string Category) facts, decimal? rate, DateOnly lastWeek, DateOnly lastMonthEnd)
    {
        var o = timeline.Opportunity;
        if (o.IsDeleted)
        {
            return;
        }

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
            writer.Write(new FactPipelineSnapshotRow(
                SnapshotDateKey: DateKey.From(day),
                SalesforceOpportunityId: o.Id,
                StageKey: state.Stage.Key,
                AccountKey: facts.Account,
                OwnerRepKey: facts.Owner,
                PrimaryCampaignKey: facts.Campaign,
                CloseDateKey: DateKey.Optional(state.Row.CloseDate ?? o.CloseDate),
                TypeCategory: facts.Category,
                ForecastCategory: state.Row.ForecastCategory ?? o.ForecastCategory,
                Amount: amount,
                Probability: probability,
                WeightedAmount: amount is { } a && probability is { } p ? decimal.Round(a * p / 100m, 4) : null,
                DaysInStage: (int)(end - state.StageEnteredAt).TotalDays,
                AgeDays: (int)(end - o.CreatedAtUtc).TotalDays,
                IsWeekEnd: isWeekEnd,
                IsMonthEnd: isMonthEnd,
                BatchId: context.BatchId));
        }
    }

    private static decimal? Convert(decimal? amount, decimal? rate) => amount is { } a && rate is { } r ? decimal.Round(a * r, 4) : null;
}
