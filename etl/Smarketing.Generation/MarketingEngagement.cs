namespace Smarketing.Generation;

/// <summary>
/// What a lead does on the marketing side, as Marketo records it: how it arrived (form, list import, webinar
/// registration), nurture emails and what it opened and clicked, web visits, form fills, webinars, and the points each earns.
/// </summary>
internal sealed partial class MarketingEngagement(GenerationContext context, LeadScorer scorer, CampaignResponses responses)
{
    /// <summary>The lead's first touch; returns when it crossed the MQL threshold, if it did straight away.</summary>
    public DateTime? Arrive(LeadRecord lead)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var campaign = lead.FirstTouch;
        var t = lead.CreatedUtc;
        var points = 0;
        var reason = "Filled out form";
        if (campaign.Channel == CampaignChannel.TradeShow || campaign.Channel == CampaignChannel.Email)
        {
            var list = campaign.Name + " - Imported List";
            marketo.WriteActivity(lead, t.AddSeconds(-2), MarketoActivityType.AddToList, campaign.ProgramId, campaign.ProgramId, list);
            marketo.WriteActivity(lead, t, MarketoActivityType.NewLead, campaign.ProgramId, null, null,
                marketo.Attributes.Begin().Add("Source Type", "List import").Add("List Name", list).End());
            if (campaign.Channel == CampaignChannel.TradeShow)
            {
                responses.Respond(lead, campaign, t);
                (points, reason) = (10, "Visited booth");
            }
            else
            {
                responses.Join(lead, campaign, "Sent", t);
            }
        }
        else
        {
            var form = campaign.Channel == CampaignChannel.Webinar ? "Webinar Registration"
                : random.Chance(0.06 * lead.Interest) ? "Request a Demo" : "Content Download";
            Visit(lead, t.AddSeconds(-random.Next(40, 400)), campaign, form == "Webinar Registration" ? "/webinars" : "/resources");
            marketo.WriteActivity(lead, t, MarketoActivityType.FillOutForm, campaign.ProgramId, FormId(form), form);
            marketo.WriteActivity(lead, t, MarketoActivityType.NewLead, campaign.ProgramId, null, null,
                marketo.Attributes.Begin().Add("Source Type", "Web form fillout").Add("Form Name", form).End());
            if (form == "Webinar Registration")
            {
                responses.Join(lead, campaign, "Registered", t);
                (points, reason) = (5, "Registered for webinar");
            }
            else
            {
                responses.Respond(lead, campaign, t);
                (points, reason) = form == "Request a Demo" ? (40, "Requested a demo") : (15, reason);
                if (form == "Request a Demo")
                {
                    Moment(lead, t.AddSeconds(1), campaign, "Requested a demo");
                }
            }
        }

        var persona = lead.Person.Persona;
        scorer.Add(lead, persona.FitScore + (lead.Person.Employees >= 1000 ? 5 : 0), t.AddSeconds(2), "Demographic fit");
        if (scorer.Add(lead, points, t.AddSeconds(3), reason))
        {
            return t.AddSeconds(3);
        }

        if (campaign.Channel == CampaignChannel.Webinar && random.Chance(Math.Min(0.9, 0.5 * lead.Interest)))
        {
            lead.PendingWebinar = campaign;
        }

        return null;
    }

    /// <summary>The registrant attends the webinar; returns the qualifying moment if attending crossed the threshold.</summary>
    private DateTime? AttendWebinar(LeadRecord lead, MarketingCampaign webinar, DateTime airs)
    {
        if (airs <= lead.CreatedUtc)
        {
            return null;
        }

        var random = context.Random;
        var marketo = context.Marketo;
        marketo.WriteActivity(lead, airs, MarketoActivityType.AttendedWebinar, webinar.ProgramId, webinar.ProgramId, webinar.Name,
            marketo.Attributes.Begin().Add("Webinar", webinar.Name).Add("Attendance Minutes", random.Next(12, 60)).End());
        responses.Respond(lead, webinar, airs);
        Moment(lead, airs.AddSeconds(5), webinar, "Attended webinar");
        return scorer.Add(lead, 20, airs.AddSeconds(6), "Attended webinar") ? airs.AddSeconds(6) : null;
    }

    /// <summary>When a webinar goes live (16:00–17:00 UTC on its day: late morning in America, afternoon in Europe).</summary>
    private DateTime AirTime(MarketingCampaign webinar) =>
        webinar.End.ToDateTime(new TimeOnly(16, 0), DateTimeKind.Utc).AddMinutes(context.Random.Next(0, 50)).AddSeconds(context.Random.Next(60));

    private void Moment(LeadRecord lead, DateTime utc, MarketingCampaign campaign, string description)
    {
        if (!context.Happened(utc))
        {
            return;
        }

        var marketo = context.Marketo;
        marketo.WriteActivity(lead, utc, MarketoActivityType.InterestingMoment, campaign.ProgramId, null, "Web",
            marketo.Attributes.Begin().Add("Type", "Web").Add("Description", description).End());
    }

    private static int FormId(string form) => form switch
    {
        "Request a Demo" => 2001,
        "Webinar Registration" => 2002,
        _ => 2003,
    };
}
