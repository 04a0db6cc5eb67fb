namespace Smarketing.Etl.Generation;

/// <summary>Nurture: a stream of emails (sent Tuesday to Thursday), opens and clicks at any hour, web visits and webinars.</summary>
internal sealed partial class MarketingEngagement
{
    private readonly Dictionary<MarketingCampaign, string[]> _emailNames = new(ReferenceEqualityComparer.Instance);

    /// <summary>
    /// Sends up to <paramref name="emails"/> nurture emails after <paramref name="fromUtc"/>; stops when the lead crosses
    /// the MQL threshold, when it becomes unreachable (bounce, unsubscribe) or when the period ends.
    /// </summary>
    public NurtureResult Nurture(LeadRecord lead, DateTime fromUtc, int emails)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var t = fromUtc;
        for (var i = 0; i < emails && lead.Reachable; i++)
        {
            t = NextSendTime(t);
            if (!context.Happened(t))
            {
                return new(null, t);
            }

            var day = DateOnly.FromDateTime(t);
            var program = context.Campaigns.Running(CampaignChannel.Email, day) ?? lead.FirstTouch;
            var names = EmailNames(program);
            var emailId = (program.ProgramId * 100) + (i % names.Length);
            var email = names[i % names.Length];
            responses.Join(lead, program, "Sent", t);
            marketo.WriteActivity(lead, t, MarketoActivityType.SendEmail, program.ProgramId, emailId, email);
            if (random.Chance(0.003))
            {
                marketo.WriteActivity(lead, t.AddSeconds(random.Next(5, 90)), MarketoActivityType.EmailBounced, program.ProgramId, emailId, email,
                    marketo.Attributes.Begin().Add("Category", "1").Add("Details", "550 5.1.1 Mailbox does not exist").End());
                lead.Reachable = false;
                lead.Bounced = true;
                return new(null, t);
            }

            marketo.WriteActivity(lead, t.AddSeconds(random.Next(5, 120)), MarketoActivityType.EmailDelivered, program.ProgramId, emailId, email);
            if (random.Chance(Math.Min(0.8, 0.25 * lead.Interest)) && OpenEmail(lead, t, program, emailId, email) is { } qualified)
            {
                return new(qualified, qualified);
            }

            if (lead.Reachable && random.Chance(Math.Min(0.9, 0.22 * lead.Interest)))
            {
                var visit = t.AddHours(random.Between(12, 140)).AddSeconds(random.Next(3600));
                if (context.Happened(visit) && Browse(lead, visit, null) is { } fromVisit)
                {
                    return new(fromVisit, fromVisit);
                }
            }

            if (random.Chance(0.1 * lead.Interest) && context.Campaigns.Running(CampaignChannel.Webinar, day) is { } webinar
                && !lead.Memberships.Exists(m => ReferenceEquals(m.Campaign, webinar)))
            {
                var registered = t.AddMinutes(random.Next(30, 2880));
                if (context.Happened(registered))
                {
                    marketo.WriteActivity(lead, registered, MarketoActivityType.FillOutForm, webinar.ProgramId, FormId("Webinar Registration"), "Webinar Registration");
                    responses.Join(lead, webinar, "Registered", registered);
                    var lifted = scorer.Add(lead, 5, registered.AddSeconds(1), "Registered for webinar") ? registered.AddSeconds(1) : AttendWebinar(lead, webinar);
                    if (lifted is { } viaWebinar)
                    {
                        return new(viaWebinar, viaWebinar);
                    }
                }
            }
        }

        return new(null, t);
    }

    private DateTime? OpenEmail(LeadRecord lead, DateTime sent, MarketingCampaign program, int emailId, string email)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var opened = sent.AddSeconds(Math.Min(4 * 86400, random.Exponential(6 * 3600)) + 60);
        if (!context.Happened(opened))
        {
            return null;
        }

        marketo.WriteActivity(lead, opened, MarketoActivityType.OpenEmail, program.ProgramId, emailId, email);
        if (random.Chance(0.005))
        {
            marketo.WriteActivity(lead, opened.AddSeconds(random.Next(10, 120)), MarketoActivityType.UnsubscribeEmail, program.ProgramId, emailId, email);
            lead.Reachable = false;
            return null;
        }

        if (!random.Chance(Math.Min(0.8, 0.28 * lead.Interest)))
        {
            return null;
        }

        var clicked = opened.AddSeconds(random.Next(5, 180));
        var page = random.Chance(0.3) ? PricingPage : random.Pick(ContentPages);
        marketo.WriteActivity(lead, clicked, MarketoActivityType.ClickEmail, program.ProgramId, emailId, email,
            marketo.Attributes.Begin().Add("Link", "https://www.smarketing.example" + page).End());
        responses.Respond(lead, program, clicked);
        if (scorer.Add(lead, 5, clicked.AddSeconds(1), "Clicked email"))
        {
            return clicked.AddSeconds(1);
        }

        return Browse(lead, clicked.AddSeconds(random.Next(2, 20)), program, page);
    }

    private DateTime NextSendTime(DateTime after)
    {
        var random = context.Random;
        var day = DateOnly.FromDateTime(after).AddDays(random.Next(5, 12));
        while (day.DayOfWeek is not (DayOfWeek.Tuesday or DayOfWeek.Wednesday or DayOfWeek.Thursday))
        {
            day = day.AddDays(1);
        }

        return day.ToDateTime(new TimeOnly(14, 0), DateTimeKind.Utc).AddMinutes(random.Next(0, 180)).AddSeconds(random.Next(60));
    }

    private string[] EmailNames(MarketingCampaign program)
    {
        if (!_emailNames.TryGetValue(program, out var names))
        {
            names = [.. Enumerable.Range(1, 8).Select(n => program.Name + " - Email " + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            _emailNames[program] = names;
        }

        return names;
    }
}
