namespace Smarketing.Generation;

/// <summary>Target accounts that never get a deal: one per 1.2 accounts created by conversion, created evenly over the period,
/// each an Account of Type Prospect (company, industry, size and country as a lead's) with 1–4 contacts the account executive
/// added (titles of the buying roles' personas). About 60 % have Marketo people who touched marketing: a light half (one person,
/// one or two touches: Engaged only) and a heavy one (two or three people, two to four touches each within three weeks: MQA, at
/// least three touches by two people within 30 days); the other 40 % never engage. No leads, opportunities or contact roles.
/// Runs after the buying groups, from its own random stream, and appends its rows (new ids after every other id), so every
/// other row is the same with or without it.</summary>
internal sealed class ProspectAccounts(SeededRandom random, GenerationContext context, DateTime fromUtc)
{
    /// <summary>Converted accounts per prospect account.</summary>
    public const double ConvertedPerProspect = 1.2;

    private readonly PersonNames _names = new(random);

    public void Write()
    {
        var count = (int)Math.Round(context.Salesforce.Ids.Accounts.Issued / ConvertedPerProspect);
        var span = (context.CutoffUtc - fromUtc).TotalMinutes;
        var factory = new ProspectFactory(random, _names);
        for (var i = 0; i < count; i++)
        {
            var created = fromUtc.AddMinutes(random.NextDouble() * span);
            created = new DateTime(created.Ticks - (created.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc)
                .AddMilliseconds(random.Next(1000));
            Write(factory.Create(PersonaCatalog.Pick(random)), created);
        }
    }

    private void Write(Prospect company, DateTime createdUtc)
    {
        var ids = context.Salesforce.Ids;
        var owner = context.Roster.PickAccountExecutive(random, createdUtc, company.Emea);
        var roll = random.NextDouble();
        var intensity = roll < 0.4 ? 0 : roll < 0.7 ? 1 : 2;
        var size = Math.Max(random.Next(1, 5), intensity == 2 ? 2 : 1);
        var engaged = intensity switch { 0 => 0, 1 => 1, _ => Math.Min(size, random.Next(2, 4)) };
        var account = new AccountRecord
        {
            Id = ids.Accounts.Next(), ContactId = "", OwnerId = owner.Id, CreatedUtc = createdUtc, ModifiedUtc = createdUtc,
            ExtractCutoffUtc = context.Extract.CutoffUtc,
        };
        account.Touch(createdUtc);
        context.Salesforce.WriteAccount(account, company);

        var domain = PersonNames.Slug(company.Company) + ".example";
        var burst = createdUtc.AddDays(5 + (random.NextDouble() * 120));
        for (var i = 0; i < size; i++)
        {
            var role = random.Pick(BuyingRole.All);
            var first = _names.FirstName();
            var last = _names.LastName();
            var added = createdUtc.AddMinutes(random.Next(1, 4320));
            var marketoCreated = added.AddDays(-random.Next(1, 14)).AddMinutes(random.Next(0, 600));
            var contact = new BuyingGroupContact
            {
                Id = ids.Contacts.Next(), AccountId = account.Id, OwnerId = owner.Id, FirstName = first, LastName = last,
                Email = PersonNames.Slug(first) + "." + PersonNames.Slug(last) + "@" + domain, Role = role,
                Title = random.Pick(role.Titles), Company = company.Company, CreatedUtc = added,
                MarketoId = i < engaged ? context.Marketo.NextLeadId() : null,
                MarketoCreatedUtc = marketoCreated < fromUtc ? fromUtc.AddHours(random.Next(1, 48)) : marketoCreated,
                MarketoScore = random.Next(5, 60),
            };
            if (!context.Happened(added))
            {
                continue;
            }

            context.Salesforce.WriteGroupContact(contact);
            if (contact.MarketoId is { } marketoId)
            {
                context.Marketo.WriteContactPerson(contact);
                var touches = intensity == 1 ? random.Next(1, 3) : random.Next(2, 5);
                var start = intensity == 1 ? createdUtc.AddDays(1 + (random.NextDouble() * 200)) : burst;
                Engage(marketoId, Max(start, contact.MarketoCreatedUtc.AddHours(1)), touches, intensity == 1 ? 60 : 20);
            }
        }
    }

    /// <summary>The person's touches within <paramref name="days"/> of <paramref name="startUtc"/>: web visits, e-mail clicks,
    /// form fills and webinars of the campaigns running then (another channel when none of the drawn one runs that day).</summary>
    private void Engage(int marketoId, DateTime startUtc, int touches, int days)
    {
        var marketo = context.Marketo;
        var times = Enumerable.Range(0, touches).Select(_ => startUtc.AddMinutes(random.NextDouble() * days * 1440)).Order().ToList();
        (CampaignChannel Channel, int Type)[] kinds =
        [
            (CampaignChannel.Website, MarketoActivityType.VisitWebpage),
            (CampaignChannel.Email, MarketoActivityType.ClickEmail),
            (CampaignChannel.ContentSyndication, MarketoActivityType.FillOutForm),
            (CampaignChannel.Webinar, MarketoActivityType.AttendedWebinar),
        ];
        foreach (var at in times)
        {
            var utc = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            var roll = random.NextDouble();
            var start = roll < 0.4 ? 0 : roll < 0.65 ? 1 : roll < 0.85 ? 2 : 3;
            if (!context.Happened(utc))
            {
                continue;
            }

            for (var k = 0; k < kinds.Length; k++)
            {
                var (channel, type) = kinds[(start + k) % kinds.Length];
                if (context.Campaigns.Running(channel, DateOnly.FromDateTime(utc)) is not { } campaign)
                {
                    continue;
                }

                marketo.WriteTouch(marketoId, utc, type, campaign);
                break;
            }
        }
    }

    private static DateTime Max(DateTime a, DateTime b) => a > b ? a : b;
}
