namespace Smarketing.Generation;

/// <summary>The funnel cycles of a live lead: nurture until it qualifies, a sales cycle, back to nurture when recycled.</summary>
internal sealed partial class LeadJourney
{
    /// <summary>Nurture and sales cycles until the lead converts, is disqualified, goes quiet for good or the period ends.</summary>
    private void Live(LeadRecord lead, DateTime? qualified)
    {
        var random = _context.Random;
        var t = lead.CreatedUtc;
        var cycles = 0;
        var quietSpells = 0;
        while (true)
        {
            if (qualified is null)
            {
                var nurture = _engagement.Nurture(lead, t, quietSpells == 0 ? random.Next(4, 10) : random.Next(3, 7));
                qualified = nurture.QualifiedUtc;
                if (qualified is null)
                {
                    if (!_context.Happened(nurture.EndedUtc) || !lead.Reachable || ++quietSpells > 2 || !random.Chance(0.45))
                    {
                        GoQuiet(lead, nurture.EndedUtc);
                        return;
                    }

                    t = nurture.EndedUtc.AddDays(random.Next(45, 150));
                    continue;
                }
            }

            cycles++;
            var outcome = _handoff.Run(lead, qualified.Value);
            qualified = null;
            if (outcome.RecycledUtc is not { } back || cycles >= 3)
            {
                return;
            }

            t = back.AddDays(random.Next(10, 40));
            quietSpells = 0;
        }
    }

    /// <summary>Nurture ran dry: points decay; a bounced address gets the lead disqualified by marketing.</summary>
    private void GoQuiet(LeadRecord lead, DateTime endedUtc)
    {
        var later = _context.Shortly(endedUtc.AddDays(_context.Random.Next(20, 40)), 1, 3600);
        if (!_context.Happened(later))
        {
            return;
        }

        if (lead.Bounced && lead.Status is LeadStatus.OpenInquiry or LeadStatus.RecycledNurture)
        {
            var marketer = lead.OwnerId;
            _stages.ChangeRejectionReason(lead, "Invalid contact info", later, marketer);
            _stages.ChangeStatus(lead, LeadStatus.Disqualified, later, marketer);
        }
        else if (lead.Score > 10)
        {
            _scorer.Add(lead, -10, later, "Score decay: no activity");
        }
    }
}
