using System.Globalization;

namespace Smarketing.Generation;

/// <summary>
/// Lays out the marketing calendar over the period (and a quarter beyond it, still planned): always-on website, search,
/// nurture and referral programs, webinars every other month, quarterly paid social, content syndication and trade shows
/// twice a year under a yearly field-events parent. About 50 campaigns for two and a half years, never more than 60. A campaign's
/// budget is its expected new leads (its share of <paramref name="leads"/> while it runs) times its channel's cost per lead, so
/// the economics (cost per lead, CAC, ROI) stay the same whatever the volume generated.
/// </summary>
internal sealed class CampaignPlanner(SeededRandom random, SalesforceIdSequence campaignIds, DateOnly from, DateOnly to, int leads)
{
    private static readonly string[] WebinarTopics =
    [
        "Closing the Loop Between Sales and Marketing", "Lead Scoring That Works", "Forecasting with Confidence",
        "The Revenue Operations Playbook", "Attribution Without Tears", "Scaling an SDR Team", "Account-Based Marketing in Practice",
        "Pipeline Analytics 101", "From MQL to Revenue",
    ];

    private static readonly string[] ShowCities = ["Austin", "London", "Boston", "San Francisco", "Chicago"];

    private readonly List<MarketingCampaign> _campaigns = [];

    public IReadOnlyList<MarketingCampaign> Plan()
    {
        var horizon = to.AddMonths(3);
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month + 1;
        var stride = Math.Max(1, (int)Math.Ceiling(months / 30.0));

        Add("Website - Organic & Direct", CampaignChannel.Website, from, horizon);
        Add("Customer Referral Program", CampaignChannel.ReferralProgram, from, horizon);
        var nurture = Add("Email Nurture Program", CampaignChannel.Email, from, horizon, isParent: true);
        var search = Add("Paid Search - Always On", CampaignChannel.PaidSearch, from, horizon, isParent: true);
        MarketingCampaign? fieldEvents = null;
        var first = new DateOnly(from.Year, from.Month, 1);
        for (var m = 0; first.AddMonths(m) <= horizon; m++)
        {
            var month = first.AddMonths(m);
            var label = month.ToString("MMM yyyy", CultureInfo.InvariantCulture);
            var quarter = ((month.Month - 1) / 3) + 1;
            if (month.Month == 1 || m == 0)
            {
                Add(Invariant($"Paid Search {month.Year}"), CampaignChannel.PaidSearch, month, new DateOnly(month.Year, 12, 31), search);
                fieldEvents = Add(Invariant($"Field Events {month.Year}"), CampaignChannel.TradeShow, month, new DateOnly(month.Year, 12, 31), isParent: true);
            }

            if (month.Month is 1 or 7 || m == 0)
            {
                var halfEnd = new DateOnly(month.Year, month.Month <= 6 ? 6 : 12, month.Month <= 6 ? 30 : 31);
                Add(Invariant($"Email Nurture {month.Year} H{(month.Month <= 6 ? 1 : 2)}"), CampaignChannel.Email, month, halfEnd, nurture);
            }

            if (m % (2 * stride) == 1)
            {
                var airs = MidMonthWeekday(month);
                Add(Invariant($"Webinar: {WebinarTopics[(m / 2) % WebinarTopics.Length]} ({label})"), CampaignChannel.Webinar, airs.AddDays(-21), airs);
            }

            if (month.Month % 3 == 1 && (m / 3) % stride == 0)
            {
                var quarterEnd = month.AddMonths(3).AddDays(-1);
                Add(Invariant($"Paid Social - LinkedIn Q{quarter} {month.Year}"), CampaignChannel.PaidSocial, month, quarterEnd);
                if (quarter % 2 == 1)
                {
                    Add(Invariant($"Content Syndication - Analyst Report Q{quarter} {month.Year}"), CampaignChannel.ContentSyndication, month, quarterEnd);
                }
            }

            if (month.Month is 4 or 10 && (m / 6) % stride == 0)
            {
                var opens = MidMonthWeekday(month);
                var city = ShowCities[(month.Year + (month.Month / 4)) % ShowCities.Length];
                Add(Invariant($"Trade Show: RevOps Summit {city} {month.Year}"), CampaignChannel.TradeShow, opens, opens.AddDays(2), fieldEvents);
            }
        }

        Budget(horizon);
        new CampaignStatusRules(random, to).Apply(_campaigns);
        return _campaigns.Count > 60 ? _campaigns.GetRange(0, 60) : _campaigns;
    }

    /// <summary>Budgets every campaign (parents excepted) from its expected leads: each day's leads (spread evenly over the period)
    /// go to the channels running that day by their lead share, and within a channel evenly to its running campaigns, as
    /// <see cref="CampaignCatalog.PickAcquisition"/> does; budget = expected leads × a cost per lead drawn from the channel's range.</summary>
    private void Budget(DateOnly horizon)
    {
        var perDay = leads / (double)(to.DayNumber - from.DayNumber + 1);
        var expected = new double[_campaigns.Count];
        var running = new List<int>();
        for (var day = from; day <= horizon; day = day.AddDays(1))
        {
            running.Clear();
            for (var i = 0; i < _campaigns.Count; i++)
            {
                if (!_campaigns[i].IsParent && day >= _campaigns[i].Start && day <= _campaigns[i].End)
                {
                    running.Add(i);
                }
            }

            var shares = running.Select(i => _campaigns[i].Channel).Distinct().Sum(c => c.LeadShare);
            foreach (var i in running)
            {
                var channel = _campaigns[i].Channel;
                expected[i] += perDay * channel.LeadShare / shares / running.Count(j => _campaigns[j].Channel == channel);
            }
        }

        for (var i = 0; i < _campaigns.Count; i++)
        {
            var c = _campaigns[i];
            if (c.IsParent)
            {
                continue;
            }

            var costPerLead = random.Between((double)c.Channel.MinCostPerLead, (double)c.Channel.MaxCostPerLead);
            var budget = Math.Max(500m, Math.Round((decimal)(expected[i] * costPerLead) / 500m) * 500m);
            c.BudgetedCost = budget;
            c.ExpectedRevenue = Math.Round(budget * (decimal)random.Between(3, 8) / 1000m) * 1000m;
        }
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static DateOnly MidMonthWeekday(DateOnly month)
    {
        var day = month.AddDays(13);
        while (day.DayOfWeek is not (DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday))
        {
            day = day.AddDays(1);
        }

        return day;
    }

    private MarketingCampaign Add(string name, CampaignChannel channel, DateOnly start, DateOnly end, MarketingCampaign? parent = null, bool isParent = false)
    {
        var createdDay = start.AddDays(-random.Next(20, 60));
        if (createdDay > to)
        {
            createdDay = to.AddDays(-random.Next(1, 10));
        }

        var created = createdDay.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc).AddMinutes(random.Next(0, 300)).AddMilliseconds(random.Next(1000));
        var campaign = new MarketingCampaign
        {
            Id = campaignIds.Next(), ProgramId = 1001 + _campaigns.Count, Name = name, Channel = channel, ParentId = parent?.Id,
            IsParent = isParent, Start = start, End = end,
            CreatedUtc = created, ModifiedUtc = created,
        };
        _campaigns.Add(campaign);
        return campaign;
    }
}
