namespace Smarketing.Generation;

/// <summary>The buying groups of the new-business opportunities (OpportunityContactRole.csv): 3–7 people per deal, larger and
/// won deals with fuller groups. The converted lead's contact holds the role of its persona (Salesforce creates that role at
/// conversion); the account executive adds the others as contacts of the account, in roles whose titles match the role's
/// persona, the primary one within two days and the rest while the deal is open. About half of the added people (more on won
/// deals) are Marketo people who engaged with marketing in the months before and while the deal was open, so a group's
/// engagement is measurable. Runs after every lead's journey, from its own random stream, and appends its rows (new ids after
/// the journeys' ids), so the rows the journeys write are the same with or without it.</summary>
internal sealed class BuyingGroups(SeededRandom random, GenerationContext context, DateTime fromUtc)
{
    private readonly List<BuyingGroupDeal> _deals = [];
    private readonly PersonNames _names = new(random);

    /// <summary>Remembers a new-business opportunity whose journey is over.</summary>
    public void Remember(BuyingGroupDeal deal) => _deals.Add(deal);

    /// <summary>Simulates and writes every remembered deal's group, in the order the deals were created.</summary>
    public void Write()
    {
        foreach (var deal in _deals)
        {
            Write(deal);
        }
    }

    private void Write(BuyingGroupDeal deal)
    {
        var ids = context.Salesforce.Ids;
        var won = deal.Outcome.WonUtc is not null;
        var end = deal.Outcome.WonUtc ?? deal.Outcome.LostUtc ?? context.CutoffUtc;
        var roles = Roles(deal, won);
        var primary = random.Chance(0.6)
            ? -1 : roles.FindIndex(r => r == BuyingRole.DecisionMaker || r == BuyingRole.EconomicBuyer);
        var rows = new List<ContactRoleRecord>
        {
            new(ids.OpportunityContactRoles.Next(), deal.OpportunityId, deal.ConvertedContactId, deal.ConvertedContactRole.Name,
                primary < 0,
                deal.CreatedUtc.AddSeconds(random.Next(1, 60)), null),
        };
        for (var i = 0; i < roles.Count; i++)
        {
            var added = i == primary ? deal.CreatedUtc.AddMinutes(random.Next(60, 2880))
                : deal.CreatedUtc.AddMinutes(60 + (random.NextDouble() * 0.8 * (end - deal.CreatedUtc).TotalMinutes));
            var contact = NewContact(deal, roles[i], added.AddMinutes(-random.Next(1, 30)), won);
            var roleId = ids.OpportunityContactRoles.Next();
            var deleted = i != primary && random.Chance(0.04) ? added.AddDays(random.Next(1, 60)) : (DateTime?)null;
            if (!context.Happened(added))
            {
                continue;
            }

            context.Salesforce.WriteGroupContact(contact);
            if (contact.MarketoId is { } marketoId)
            {
                context.Marketo.WriteContactPerson(contact);
                Engage(marketoId, contact, end);
            }

            rows.Add(new ContactRoleRecord(roleId, deal.OpportunityId, contact.Id, roles[i].Name, i == primary, added,
                deleted is { } d && context.Happened(d) ? d : null));
        }

        foreach (var row in rows.Where(r => context.Happened(r.CreatedUtc)))
        {
            context.Salesforce.WriteContactRole(row);
        }
    }

    /// <summary>The roles of the people added besides the converted contact: 2–6 of them (bigger deals +1 or +2, won deals +1),
    /// the important roles more often first; a lost deal often never had its economic buyer on board.</summary>
    private List<BuyingRole> Roles(BuyingGroupDeal deal, bool won)
    {
        var bySize = Math.Clamp((int)Math.Floor(Math.Log2((double)Math.Max(deal.Amount, 1m) / 5000.0) + 1), 0, 2);
        var size = Math.Clamp(3 + bySize + (won ? 1 : 0) + random.Next(2) - 1, 3, 7);
        var pool = BuyingRole.All.Where(r => r != deal.ConvertedContactRole
            && (won || r != BuyingRole.EconomicBuyer || random.Chance(0.5))).ToList();
        var roles = new List<BuyingRole>();
        while (roles.Count < size - 1)
        {
            if (pool.Count == 0)
            {
                roles.Add(random.Chance(0.5) ? BuyingRole.Evaluator : BuyingRole.Influencer);
                continue;
            }

            var index = Math.Min(random.Next(pool.Count), random.Next(pool.Count));
            roles.Add(pool[index]);
            pool.RemoveAt(index);
        }

        return roles;
    }

    private BuyingGroupContact NewContact(BuyingGroupDeal deal, BuyingRole role, DateTime createdUtc, bool won)
    {
        var first = _names.FirstName();
        var last = _names.LastName();
        var id = context.Salesforce.Ids.Contacts.Next();
        var inMarketo = random.Chance(won ? 0.65 : 0.45);
        var marketoCreated = deal.CreatedUtc.AddDays(-random.Next(14, 150)).AddMinutes(random.Next(0, 600));
        return new BuyingGroupContact
        {
            Id = id, AccountId = deal.AccountId, OwnerId = deal.OwnerId, FirstName = first, LastName = last,
            Email = PersonNames.Slug(first) + "." + PersonNames.Slug(last) + "@" + deal.EmailDomain, Role = role,
                Title = random.Pick(role.Titles),
            Company = deal.Company, CreatedUtc = createdUtc, MarketoId = inMarketo ? context.Marketo.NextLeadId() : null,
            MarketoCreatedUtc = marketoCreated < fromUtc ? fromUtc.AddHours(random.Next(1, 48)) : marketoCreated,
                MarketoScore = random.Next(5, 80),
        };
    }

    /// <summary>The person's touches between becoming a Marketo person and the deal's end: web visits, e-mail clicks, form fills
    /// and webinars of the campaigns running then (a day without one is skipped).</summary>
    private void Engage(int marketoId, BuyingGroupContact contact, DateTime endUtc)
    {
        var marketo = context.Marketo;
        var span = (Min(endUtc, context.CutoffUtc) - contact.MarketoCreatedUtc).TotalMinutes;
        var touches = span <= 0 ? 0 : Math.Min(8, 1 + (int)random.Exponential(contact.Role.Engagement));
        var times = Enumerable.Range(0, touches)
            .Select(_ => contact.MarketoCreatedUtc.AddMinutes(random.NextDouble() * span)).Order().ToList();
        foreach (var at in times)
        {
            var utc = new DateTime(at.Ticks - (at.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
            var roll = random.NextDouble();
            var (channel, type) = roll switch
            {
                < 0.4 => (CampaignChannel.Website, MarketoActivityType.VisitWebpage),
                < 0.65 => (CampaignChannel.Email, MarketoActivityType.ClickEmail),
                < 0.85 => (CampaignChannel.ContentSyndication, MarketoActivityType.FillOutForm),
                _ => (CampaignChannel.Webinar, MarketoActivityType.AttendedWebinar),
            };
            if (!context.Happened(utc) || context.Campaigns.Running(channel, DateOnly.FromDateTime(utc)) is not { } campaign)
            {
                continue;
            }

            marketo.WriteTouch(marketoId, utc, type, campaign);
        }
    }

    private static DateTime Min(DateTime a, DateTime b) => a < b ? a : b;
}
