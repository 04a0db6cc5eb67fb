namespace Smarketing.Etl.Generation;

/// <summary>Opening a nurture email, sometimes unsubscribing, sometimes clicking through to the website.</summary>
internal sealed partial class MarketingEngagement
{
    private DateTime? OpenEmail(LeadRecord lead, NurtureStep step)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var program = step.Campaign!;
        var (emailId, email) = Email(program, step.Number);
        var opened = step.At;
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
        if (!context.Happened(clicked))
        {
            return null;
        }

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
}
