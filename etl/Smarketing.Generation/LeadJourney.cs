namespace Smarketing.Generation;

/// <summary>
/// One lead from arrival to the end of the period: created by its first-touch campaign, nurtured until it qualifies,
/// handed to sales, accepted or recycled (possibly several cycles), converted and sold to, or left open. Every row is
/// written as it happens; the lead's own rows (Lead, CampaignMember, Marketo lead) once its story is known.
/// </summary>
internal sealed partial class LeadJourney
{
    private readonly GenerationContext _context;
    private readonly ExportQuirks _quirks;
    private readonly LeadArrivals _arrivals;
    private readonly LeadScorer _scorer;
    private readonly LeadStageRecorder _stages;
    private readonly MarketingEngagement _engagement;
    private readonly SalesHandoff _handoff;

    public LeadJourney(GenerationContext context, ExportQuirks quirks, LeadArrivals arrivals)
    {
        _context = context;
        _quirks = quirks;
        _arrivals = arrivals;
        _scorer = new LeadScorer(context);
        _stages = new LeadStageRecorder(context);
        _engagement = new MarketingEngagement(context, _scorer, new CampaignResponses(context));
        var opportunities = new OpportunityJourney(context);
        var conversion = new LeadConversion(context, _stages, opportunities, new CustomerLifecycle(context, opportunities));
        _handoff = new SalesHandoff(context, _stages, _scorer, conversion);
    }

    public void Run(int index)
    {
        var random = _context.Random;
        var created = _arrivals.CreatedUtc(index);
        var persona = PersonaCatalog.Pick(random);
        var person = WithTextQuirks(index, _context.Prospects.Create(persona));
        var firstTouch = _context.Campaigns.PickAcquisition(random, DateOnly.FromDateTime(created));
        var lead = new LeadRecord
        {
            Id = _context.Salesforce.Ids.Leads.Next(), MarketoId = _context.Marketo.NextLeadId(), Person = person, FirstTouch = firstTouch,
            CreatedUtc = created, Interest = persona.Engagement * random.LogNormal(1, 0.45), OwnerId = _context.Roster.PickMarketingOwner(random).Id,
            LastModifiedUtc = created, MarketoUpdatedUtc = created, LastResponse = firstTouch, ExtractCutoffUtc = _context.Extract.CutoffUtc,
        };
        lead.Touch(created);
        var junk = _quirks.IsDeleted(index);
        if (!junk)
        {
            _context.Salesforce.WriteLeadHistory(lead, "created", null, null, created, _context.Roster.IntegrationUser.Id);
        }

        var merged = _quirks.AbsorbsDuplicate(index) ? AbsorbDuplicate(lead) : null;
        var qualified = _engagement.Arrive(lead);
        if (_quirks.HasUnknownActivity(index))
        {
            WriteUnknownActivity(lead);
        }

        if (junk)
        {
            // Written once the deletion is known: the history row is deleted with its lead when the extract sees the deletion.
            Delete(lead);
            _context.Salesforce.WriteLeadHistory(lead, "created", null, null, created, _context.Roster.IntegrationUser.Id);
        }
        else
        {
            Live(lead, qualified);
        }

        if (merged is { } merge)
        {
            WriteMerge(lead, merge);
        }

        Finish(index, lead);
    }

    private void Finish(int index, LeadRecord lead)
    {
        var salesforce = _context.Salesforce;
        foreach (var member in lead.Memberships)
        {
            salesforce.WriteCampaignMember(lead, member);
        }

        if (lead.Extracted is not { } state)
        {
            return;
        }

        var stale = _quirks.IsRepeated(index) && state.LastModifiedUtc - lead.CreatedUtc > TimeSpan.FromSeconds(2);
        var staleModified = lead.CreatedUtc + ((state.LastModifiedUtc - lead.CreatedUtc) / 2);
        var staleRating = state.Rating == "Cold" ? "Warm" : "Cold";
        if (stale && !_quirks.StaleCopyComesLast(index))
        {
            salesforce.WriteLead(lead, state, staleRating, staleModified);
        }

        salesforce.WriteLead(lead, state);
        if (stale && _quirks.StaleCopyComesLast(index))
        {
            salesforce.WriteLead(lead, state, staleRating, staleModified);
        }

        _context.Marketo.WriteLead(lead);
    }
}
