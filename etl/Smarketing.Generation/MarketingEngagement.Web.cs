namespace Smarketing.Generation;

/// <summary>Web behaviour: page visits (the pricing page is an interesting moment), content downloads and demo requests.</summary>
internal sealed partial class MarketingEngagement
{
    private const string PricingPage = "/pricing";
    private static readonly string[] ContentPages = ["/blog/lead-scoring-guide", "/resources/roi-calculator", "/product/overview", "/customers", "/integrations"];

    /// <summary>A visit to the website (from an email click or organic); returns the qualifying moment if it crossed the threshold.</summary>
    private DateTime? Browse(LeadRecord lead, NurtureStep step)
    {
        var random = context.Random;
        var utc = step.At;
        var program = step.Campaign ?? context.Campaigns.Running(CampaignChannel.Website, DateOnly.FromDateTime(utc)) ?? lead.FirstTouch;
        var page = step.Detail ?? (random.Chance(0.3) ? PricingPage : random.Pick(ContentPages));
        Visit(lead, utc, program, page);
        string? form = null;
        if (page == PricingPage)
        {
            Moment(lead, utc.AddSeconds(1), program, "Visited pricing page");
            if (scorer.Add(lead, 10, utc.AddSeconds(2), "Visited pricing page"))
            {
                return utc.AddSeconds(2);
            }

            form = random.Chance(0.08 * lead.Interest) ? "Request a Demo" : null;
        }
        else if (random.Chance(Math.Min(0.8, 0.35 * lead.Interest)))
        {
            form = "Content Download";
        }

        if (form is not null)
        {
            _agenda.Add(new(utc.AddSeconds(random.Next(30, 300)), NurtureStepKind.FillOutForm, Campaign: program, Detail: form));
        }

        return null;
    }

    private DateTime? FillOutForm(LeadRecord lead, NurtureStep step)
    {
        var (utc, program, form) = (step.At, step.Campaign!, step.Detail!);
        context.Marketo.WriteActivity(lead, utc, MarketoActivityType.FillOutForm, program.ProgramId, FormId(form), form,
            context.Marketo.Attributes.Begin().Add("Webpage ID", 3000 + FormId(form) - 2000).Add("Form Name", form).End());
        responses.Respond(lead, program, utc);
        var demo = form == "Request a Demo";
        var reason = demo ? "Requested a demo" : "Filled out form";
        if (demo)
        {
            Moment(lead, utc.AddSeconds(1), program, reason);
        }

        return scorer.Add(lead, demo ? 40 : 15, utc.AddSeconds(2), reason) ? utc.AddSeconds(2) : null;
    }

    private void Visit(LeadRecord lead, DateTime utc, MarketingCampaign program, string page)
    {
        var marketo = context.Marketo;
        var referrer = program.Channel == CampaignChannel.PaidSearch ? "https://www.google.com/"
            : program.Channel == CampaignChannel.PaidSocial ? "https://www.linkedin.com/" : string.Empty;
        marketo.WriteActivity(lead, utc, MarketoActivityType.VisitWebpage, program.ProgramId, PageId(page), "www.smarketing.example" + page,
            marketo.Attributes.Begin().Add("Webpage URL", page).Add("Referrer URL", referrer).End());
    }

    private static int PageId(string page) => page switch
    {
        PricingPage => 3001,
        "/webinars" => 3010,
        "/resources" => 3011,
        _ => 3002 + Array.IndexOf(ContentPages, page),
    };
}
