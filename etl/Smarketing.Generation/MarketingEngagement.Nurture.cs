namespace Smarketing.Generation;

/// <summary>Nurture: a stream of emails (sent Tuesday to Thursday), opens and clicks at any hour, web visits and webinars, in time order.</summary>
internal sealed partial class MarketingEngagement
{
    private readonly Dictionary<MarketingCampaign, string[]> _emailNames = new(ReferenceEqualityComparer.Instance);
    private readonly NurtureAgenda _agenda = new();

    /// <summary>
    /// Sends up to <paramref name="emails"/> nurture emails after <paramref name="fromUtc"/> and plays out what the lead
    /// does meanwhile; stops when the lead crosses the MQL threshold, becomes unreachable, or the period ends.
    /// </summary>
    public NurtureResult Nurture(LeadRecord lead, DateTime fromUtc, int emails)
    {
        _agenda.Clear();
        _agenda.Add(new(NextSendTime(fromUtc), NurtureStepKind.SendEmail));
        if (lead.PendingWebinar is { } registered)
        {
            _agenda.Add(new(AirTime(registered), NurtureStepKind.AttendWebinar, Campaign: registered));
            lead.PendingWebinar = null;
        }

        var last = fromUtc;
        while (lead.Reachable && _agenda.TryTakeNext(out var step))
        {
            if (!context.Happened(step.At))
            {
                return new(null, step.At);
            }

            last = step.At;
            var qualified = step.Kind switch
            {
                NurtureStepKind.SendEmail => SendEmail(lead, step, emails),
                NurtureStepKind.OpenEmail => OpenEmail(lead, step),
                NurtureStepKind.ClickEmail => ClickEmail(lead, step),
                NurtureStepKind.Browse => Browse(lead, step),
                NurtureStepKind.FillOutForm => FillOutForm(lead, step),
                NurtureStepKind.RegisterForWebinar => RegisterForWebinar(lead, step),
                _ => AttendWebinar(lead, step.Campaign!, step.At),
            };
            if (qualified is { } at)
            {
                return new(at, at);
            }
        }

        return new(null, last);
    }

    private DateTime? SendEmail(LeadRecord lead, NurtureStep step, int emails)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var t = step.At;
        var program = context.Campaigns.Running(CampaignChannel.Email, DateOnly.FromDateTime(t)) ?? lead.FirstTouch;
        var (emailId, email) = Email(program, step.Number);
        responses.Join(lead, program, "Sent", t);
        marketo.WriteActivity(lead, t, MarketoActivityType.SendEmail, program.ProgramId, emailId, email);
        if (random.Chance(0.003))
        {
            marketo.WriteActivity(lead, t.AddSeconds(random.Next(5, 90)), MarketoActivityType.EmailBounced, program.ProgramId, emailId, email,
                marketo.Attributes.Begin().Add("Category", "1").Add("Details", "550 5.1.1 Mailbox does not exist").End());
            lead.Reachable = false;
            lead.Bounced = true;
            return null;
        }

        marketo.WriteActivity(lead, t.AddSeconds(random.Next(5, 120)), MarketoActivityType.EmailDelivered, program.ProgramId, emailId, email);
        if (step.Number + 1 < emails)
        {
            _agenda.Add(new(NextSendTime(t), NurtureStepKind.SendEmail, step.Number + 1));
        }

        if (random.Chance(Math.Min(0.8, 0.25 * lead.Interest)))
        {
            _agenda.Add(new(t.AddSeconds(Math.Min(4 * 86400, random.Exponential(6 * 3600)) + 130), NurtureStepKind.OpenEmail, step.Number, program));
        }

        if (random.Chance(Math.Min(0.9, 0.22 * lead.Interest)))
        {
            _agenda.Add(new(t.AddHours(random.Between(12, 140)).AddSeconds(random.Next(3600)), NurtureStepKind.Browse));
        }

        if (random.Chance(0.1 * lead.Interest) && context.Campaigns.Running(CampaignChannel.Webinar, DateOnly.FromDateTime(t)) is { } webinar
            && !lead.Memberships.Exists(m => ReferenceEquals(m.Campaign, webinar)))
        {
            var registered = t.AddMinutes(random.Next(30, 2880));
            var closes = webinar.End.ToDateTime(new TimeOnly(15, 0), DateTimeKind.Utc);
            registered = registered < closes ? registered : closes.AddMinutes(-random.Next(1, 60));
            if (registered > t)
            {
                _agenda.Add(new(registered, NurtureStepKind.RegisterForWebinar, Campaign: webinar));
            }
        }

        return null;
    }

    private DateTime? RegisterForWebinar(LeadRecord lead, NurtureStep step)
    {
        var webinar = step.Campaign!;
        context.Marketo.WriteActivity(lead, step.At, MarketoActivityType.FillOutForm, webinar.ProgramId, FormId("Webinar Registration"), "Webinar Registration");
        responses.Join(lead, webinar, "Registered", step.At);
        if (context.Random.Chance(Math.Min(0.9, 0.5 * lead.Interest)))
        {
            _agenda.Add(new(AirTime(webinar), NurtureStepKind.AttendWebinar, Campaign: webinar));
        }

        return scorer.Add(lead, 5, step.At.AddSeconds(1), "Registered for webinar") ? step.At.AddSeconds(1) : null;
    }
}
