namespace Smarketing.Generation;

/// <summary>
/// Sets each campaign's status and spend as of the end of the period: Completed and fully spent, In Progress and partly
/// spent, Planned with nothing spent yet, and a couple Aborted early with a fraction of the budget gone. What it draws is kept
/// on the campaign, so an extract taken earlier (<see cref="MarketingCampaign.AsOf"/>) shows the same campaign's earlier state.
/// </summary>
internal sealed class CampaignStatusRules(SeededRandom random, DateOnly asOf)
{
    public void Apply(List<MarketingCampaign> campaigns)
    {
        var asOfUtc = asOf.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
        var abortedWebinar = false;
        var abortedSocial = false;
        foreach (var campaign in campaigns)
        {
            var budget = campaign.BudgetedCost;
            if (campaign.End <= asOf)
            {
                campaign.Closing = ("Completed", MarketingCampaign.Spend(budget, random.Between(0.85, 1.15)));
                if (!campaign.IsParent && ShouldAbort(campaign, ref abortedWebinar, ref abortedSocial))
                {
                    campaign.Closing = ("Aborted", MarketingCampaign.Spend(budget, random.Between(0.2, 0.4)));
                }
            }
            else if (campaign.Start <= asOf)
            {
                campaign.SpendPace = random.Between(0.9, 1.1);
            }

            campaign.ClosedOutUtc = campaign.End.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc).AddDays(random.Next(1, 10)).AddSeconds(random.Next(3600));
            if (campaign.ClosedOutUtc >= asOfUtc)
            {
                campaign.EditedBeforeNoonSeconds = random.Next(1, 43200);
            }

            var state = campaign.AsOf(asOf);
            campaign.Status = state.Status;
            campaign.ActualCost = state.ActualCost;
            campaign.ModifiedUtc = state.ModifiedUtc;
        }
    }

    /// <summary>One completed webinar and one completed paid-social flight (picked by program id) were called off.</summary>
    private static bool ShouldAbort(MarketingCampaign campaign, ref bool abortedWebinar, ref bool abortedSocial)
    {
        if (campaign.Channel == CampaignChannel.Webinar && !abortedWebinar && campaign.ProgramId % 4 == 0)
        {
            abortedWebinar = true;
            return true;
        }

        if (campaign.Channel == CampaignChannel.PaidSocial && !abortedSocial && campaign.ProgramId % 3 == 0)
        {
            abortedSocial = true;
            return true;
        }

        return false;
    }
}
