namespace Smarketing.Generation;

/// <summary>Nurture emails: when they go out, what they are called, and opening and clicking them.</summary>
internal sealed partial class MarketingEngagement
{
    private DateTime? OpenEmail(LeadRecord lead, NurtureStep step)
    {
        var random = context.Random;
        var marketo = context.Marketo;
        var program = step.Campaign!;
        var (emailId, email) = Email(program, step.Number);
        marketo.WriteActivity(lead, step.At, MarketoActivityType.OpenEmail, program.ProgramId, emailId, email);
        if (random.Chance(0.005))
        {
            marketo.WriteActivity(lead, step.At.AddSeconds(random.Next(10, 120)), MarketoActivityType.UnsubscribeEmail, program.ProgramId, emailId, email);
            lead.Reachable = false;
        }
        else if (random.Chance(Math.Min(0.8, 0.28 * lead.Interest)))
        {
            var page = random.Chance(0.3) ? PricingPage : random.Pick(ContentPages);
            _agenda.Add(new(step.At.AddSeconds(random.Next(5, 180)), NurtureStepKind.ClickEmail, step.Number, program, page));
        }

        return null;
    }

    private DateTime? ClickEmail(LeadRecord lead, NurtureStep step)
    {
        var marketo = context.Marketo;
        var program = step.Campaign!;
        var (emailId, email) = Email(program, step.Number);
        marketo.WriteActivity(lead, step.At, MarketoActivityType.ClickEmail, program.ProgramId, emailId, email,
            marketo.Attributes.Begin().Add("Link", "https://www.smarketing.example" + step.Detail).End());
        responses.Respond(lead, program, step.At);
        if (scorer.Add(lead, 5, step.At.AddSeconds(1), "Clicked email"))
        {
            return step.At.AddSeconds(1);
        }

        _agenda.Add(new(step.At.AddSeconds(context.Random.Next(2, 20)), NurtureStepKind.Browse, Campaign: program, Detail: step.Detail));
        return null;
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

    private (int Id, string Name) Email(MarketingCampaign program, int number)
    {
        if (!_emailNames.TryGetValue(program, out var names))
        {
            names = [.. Enumerable.Range(1, 8).Select(n => program.Name + " - Email " + n.ToString(System.Globalization.CultureInfo.InvariantCulture))];
            _emailNames[program] = names;
        }

        var i = number % names.Length;
        return ((program.ProgramId * 100) + i + 1, names[i]);
    }
}
