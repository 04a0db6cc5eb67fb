namespace Smarketing.Etl.Generation;

/// <summary>
/// Sets each campaign's status and spend as of the end of the period: Completed and fully spent, In Progress and partly
/// spent, Planned with nothing spent yet, and a couple Aborted early with a fraction of the budget gone.
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
            if (campaign.Start > asOf)
            {
                campaign.Status = "Planned";
                campaign.ActualCost = null;
            }
            else if (campaign.End <= asOf)
            {
                campaign.Status = "Completed";
                campaign.ActualCost = Spend(budget, random.Between(0.85, 1.15));
                if (!campaign.IsParent && ShouldAbort(campaign, ref abortedWebinar, ref abortedSocial))
                {
                    campaign.Status = "Aborted";
                    campaign.ActualCost = Spend(budget, random.Between(0.2, 0.4));
                }
            }
            else
            {
                campaign.Status = "In Progress";
                var elapsed = (asOf.DayNumber - campaign.Start.DayNumber + 1.0) / (campaign.End.DayNumber - campaign.Start.DayNumber + 1.0);
                campaign.ActualCost = Spend(budget, elapsed * random.Between(0.9, 1.1));
            }

            var touched = campaign.End.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc).AddDays(random.Next(1, 10)).AddSeconds(random.Next(3600));
            var latest = touched < asOfUtc ? touched : asOfUtc.AddSeconds(-random.Next(1, 86400));
            campaign.ModifiedUtc = latest > campaign.CreatedUtc ? latest : campaign.CreatedUtc;
        }
    }

    private static decimal? Spend(decimal? budget, double share) =>
        budget is { } b ? Math.Round(b * (decimal)share, 2) : null;

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
