namespace Smarketing.Etl.Sources.Mapping;

/// <summary>Says, from what a mapping produced, which questions the warehouse will be able to answer and which reports stay empty.</summary>
public static class MappingCapabilities
{
    /// <summary>One line per capability, starting with "yes:" or "no:".</summary>
    public static IReadOnlyList<string> Describe(NormalizationResult result)
    {
        bool Has(CanonicalEntity e) => result.Entities.Any(o => o.Entity == e && o.RowsWritten > 0);
        var lines = new List<string>();
        void Say(bool ok, string yes, string no) => lines.Add(ok ? $"yes: {yes}" : $"no:  {no}");

        Say(Has(CanonicalEntities.Leads), "leads, inquiry cohorts and conversion by channel (LeadSource) and persona (Title)",
            "without leads every funnel report will be empty");
        Say(Has(CanonicalEntities.StageChanges), "stage history, funnel conversion and velocity between lead stages",
            "without stage changes leads only reach Inquiry; conversion beyond it and velocity will be empty");
        Say(Has(CanonicalEntities.Opportunities) && Has(CanonicalEntities.OpportunityStageChanges),
            "opportunities and wins in the funnel (won rate, sales cycle, days from first inquiry to won)",
            "without opportunities and their stage changes the opportunity, won and sales-cycle figures will be empty");
        Say(Has(CanonicalEntities.Users), "reps: conversion and SLA compliance by rep, in the rep's time zone if mapped",
            "without users leads and deals show an unknown rep; SLA clocks use the default calendar");
        Say(Has(CanonicalEntities.Activities), "marketing activities (e-mail sends, opens, clicks) per lead",
            "without activities the marketing-activity reports (e-mail sends, opens, clicks) and Marketo-style stage signals will be empty");
        Say(Has(CanonicalEntities.Tasks), "sales touches: speed to lead", "without tasks speed to lead cannot be measured (its SLA clocks never stop)");
        Say(Has(CanonicalEntities.Campaigns) && Has(CanonicalEntities.CampaignMembers), "campaign influence and channel from campaign responses",
            "without campaigns and members the channel comes from LeadSource only; campaign reports will be empty");
        Say(Has(CanonicalEntities.Accounts), "accounts: customers, segments and lifetime value", "without accounts the account and lifetime-value reports will be empty");
        return lines;
    }
}
