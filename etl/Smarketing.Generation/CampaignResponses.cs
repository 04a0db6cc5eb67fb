namespace Smarketing.Generation;

/// <summary>Keeps one campaign membership per lead and campaign, marking the first response date and status.</summary>
internal sealed class CampaignResponses(GenerationContext context)
{
    /// <summary>Adds the lead to the campaign (if not yet a member) with a non-responded status such as Sent or Registered.</summary>
    public CampaignMembership Join(LeadRecord lead, MarketingCampaign campaign, string status, DateTime utc)
    {
        foreach (var existing in lead.Memberships)
        {
            if (ReferenceEquals(existing.Campaign, campaign))
            {
                return existing;
            }
        }

        var member = new CampaignMembership
        {
            Id = context.Salesforce.Ids.CampaignMembers.Next(), Campaign = campaign, Status = status, CreatedUtc = utc, ModifiedUtc = utc,
            ExtractCutoffUtc = context.Extract.CutoffUtc,
        };
        member.Touch(utc, lead);
        lead.Memberships.Add(member);
        lead.Touch(utc);
        return member;
    }

    /// <summary>The lead responded to the campaign (clicked, attended, downloaded…): it becomes the latest response.</summary>
    public void Respond(LeadRecord lead, MarketingCampaign campaign, DateTime utc)
    {
        var member = Join(lead, campaign, campaign.Channel.RespondedStatus, utc);
        if (member.FirstResponded is null)
        {
            member.Status = campaign.Channel.RespondedStatus;
            member.FirstResponded = DateOnly.FromDateTime(utc);
        }

        member.Touch(utc, lead);

        lead.LastResponse = campaign;
    }
}
