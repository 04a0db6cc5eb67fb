using Dapper;
using Smarketing.Etl.Loading.DuckDb;
using Smarketing.Etl.Pipeline;
using Smarketing.Etl.Tests.Support;

namespace Smarketing.Etl.Tests.Pipeline;

/// <summary>An incremental batch rebuilds the lead facts only for the leads its delta touched. Proven by tampering: a fact row of a
/// lead the delta does not touch is altered by hand before the delta and stays altered after it (it was not rebuilt), while the
/// touched lead's altered row is rebuilt; <c>--recompute-all</c> then repairs both. Also: a lead merged into another in the CRM
/// (deleted, with MasterRecordId) loses its lead facts; a Marketo Merge Leads activity moves the activities of the merged-away id to
/// the surviving lead; an activity that arrived before its lead is keyed to the Unknown lead, then to the lead when it arrives.</summary>
[NonParallelizable]
public class IncrementalLoadTests
{
    private const int LoserMarketoId = 990001;
    private const int LateMarketoId = 990002;
    private const string LateLeadId = "00Q5e0000009999ZZZ";
    private const string Tampered = "tampered by the test";
    private static readonly DateTime AsOf = new(2025, 6, 24, 0, 0, 0, DateTimeKind.Utc);

    private DuckDbLoader warehouse = null!;
    private (int Key, string Id, int MarketoId) changed;
    private (int Key, string Id, int MarketoId) untouched;
    private (int Key, string Id, int MarketoId) deleted;
    private int leadCount;
    private long untouchedFactRows;
    private int[] loserActivityKeysAfterDay1 = [];
    private int[] loserActivityKeysAfterDelta = [];
    private int[] lateActivityKeysAfterDay1 = [];
    private int[] lateActivityKeysAfterDelta = [];
    private int lateLeadKey;
    private long lateLeadStages;
    private string? mergedInto;
    private string repricedOpportunity = null!;
    private string? repricedOpportunityLead;
    private List<string> opportunitiesListed = [];
    private List<string> opportunitiesStillTampered = [];
    private List<decimal> repricedPipelinePerModel = [];
    private long tamperedAfterRecomputeAll;
    private RunResult afterUpgrade = null!;
    private string?[] untouchedAfterDelta = [];
    private string?[] changedAfterDelta = [];
    private long deletedFactRowsAfterDelta;
    private long untouchedFactRowsAfterDelta;
    private List<(string Id, string Reason)> scopeAfterDelta = [];
    private List<(string Id, string Reason)> scopeAfterRerun = [];
    private string?[] untouchedAfterRerun = [];
    private string?[] untouchedAfterRecomputeAll = [];
    private long scopeRowsAfterRecomputeAll;
    private string[] modes = [];
    private List<string> dataDrivenPeriodsExpectedRefitted = [];
    private List<string> dataDrivenPeriodsRefitted = [];
    private List<string> dataDrivenPeriods = [];
    private long dataDrivenTamperedAfterRecomputeAll;

    [OneTimeSetUp]
    public void LoadDayOneThenDeltas()
    {
        var folder = CliProcess.TempFolder();
        var day1 = Path.Combine(folder, "day1");
        var (code, output) = CliProcess.Run("generate", "--out", day1, "--leads", "300", "--seed", "17", "--extract-at", "2025-06-24", "--log-dir", folder);
        Assert.That(code, Is.EqualTo(0), output);
        // Two activities of a Marketo lead id no export knows yet (it will turn out to have been merged away).
        File.AppendAllText(Path.Combine(day1, "MarketoActivities.csv"),
            $"loser-visit-1,{LoserMarketoId},2025-03-01T10:00:00Z,1,,,/pricing,\r\nloser-visit-2,{LoserMarketoId},2025-03-02T10:00:00Z,1,,,/demo,\r\n" +
            $"late-visit-1,{LateMarketoId},2025-06-20T10:00:00Z,1,,,/pricing,\r\n");

        warehouse = TestWarehouse.Load(folder, day1, AsOf).Warehouse;
        var db = warehouse.Connection;
        var candidates = db.Query<(int, string, int)>(
            "SELECT d.LeadKey, d.SalesforceLeadId, d.MarketoLeadId FROM dw.DimLead AS d WHERE d.RecordType = 'Lead' AND d.IsDeleted = 0 " +
            "AND d.MarketoLeadId IS NOT NULL AND EXISTS (SELECT 1 FROM dw.FactStageHistory AS h WHERE h.LeadKey = d.LeadKey) " +
            "AND NOT EXISTS (SELECT 1 FROM dw.FactSlaClock AS c WHERE c.LeadKey = d.LeadKey AND (c.IsOpen OR c.IsOnExceptionList)) " +
            "ORDER BY d.LeadKey LIMIT 3").ToList();
        Assert.That(candidates, Has.Count.EqualTo(3));
        (changed, untouched, deleted) = (candidates[0], candidates[1], candidates[2]);
        leadCount = db.ExecuteScalar<int>("SELECT count(*) FROM dw.DimLead WHERE RecordType = 'Lead' AND IsDeleted = 0");
        untouchedFactRows = LeadFactRows(untouched.Key);
        loserActivityKeysAfterDay1 = LoserActivityKeys();
        lateActivityKeysAfterDay1 = ActivityKeys("late-visit-%");

        db.Execute($"UPDATE dw.FactStageHistory SET SourceValue = '{Tampered}' WHERE LeadKey IN ({changed.Key}, {untouched.Key})");
        // Every attribution row is marked: after the delta only the opportunities it rebuilt lose the mark.
        db.Execute("UPDATE dw.FactAttribution SET TouchSourceSystem = 'Tampered'");
        // Every data-driven credit is marked too: after the delta only the periods whose journeys changed lose the mark.
        db.Execute("UPDATE dw.FactAttributionDataDriven SET ChannelJourneys = -1");
        var journeysBefore = db.Query<(int Lead, DateTime Ended)>("SELECT LeadKey, EndedAtUtc FROM dw.FactChannelJourney")
            .ToDictionary(j => j.Lead, j => j.Ended);
        var opportunities = SourceCsv.Rows(Path.Combine(day1, "Opportunity.csv"));
        var open = opportunities.First(o => o["IsClosed"] == "false" && o["IsDeleted"] == "false");
        repricedOpportunity = open["Id"];

        // The delta: one lead edited, one deleted, and a Marketo merge of the unknown id into the edited lead.
        var delta = new ExportFolder(Path.Combine(folder, "delta"));
        var leadHeader = File.ReadLines(Path.Combine(day1, "Lead.csv")).First();
        var leads = SourceCsv.Rows(Path.Combine(day1, "Lead.csv"));
        repricedOpportunityLead = leads.FirstOrDefault(l => l["ConvertedOpportunityId"] == repricedOpportunity)?["Id"];
        var edited = new Dictionary<string, string>(leads.Single(l => l["Id"] == changed.Id)) { ["Title"] = "Chief Revenue Officer" };
        var gone = new Dictionary<string, string>(leads.Single(l => l["Id"] == deleted.Id)) { ["IsDeleted"] = "true", ["MasterRecordId"] = changed.Id };
        var late = new Dictionary<string, string>(leads.Single(l => l["Id"] == untouched.Id))
        {
            ["Id"] = LateLeadId, ["Email"] = "late.arrival@example.com", ["Status"] = "Open - Not Contacted", ["IsConverted"] = "false",
            ["ConvertedDate"] = "", ["ConvertedAccountId"] = "", ["ConvertedContactId"] = "", ["ConvertedOpportunityId"] = "",
            ["CreatedDate"] = "2025-06-19T09:00:00.000Z", ["LastModifiedDate"] = "2025-06-19T09:00:00.000Z", ["SystemModstamp"] = "2025-06-19T09:00:00.000Z",
        };
        delta.Add("Lead.csv", leadHeader, edited).Add("Lead.csv", leadHeader, gone).Add("Lead.csv", leadHeader, late);
        delta.Add("Opportunity.csv", File.ReadLines(Path.Combine(day1, "Opportunity.csv")).First(), new Dictionary<string, string>(open) { ["Amount"] = "123456.78" });
        delta.Add("MarketoLeads.csv", File.ReadLines(Path.Combine(day1, "MarketoLeads.csv")).First(), new Dictionary<string, string>
        {
            ["id"] = LateMarketoId.ToString(System.Globalization.CultureInfo.InvariantCulture), ["email"] = "late.arrival@example.com", ["sfdcLeadId"] = LateLeadId,
            ["sfdcType"] = "Lead", ["leadScore"] = "10", ["createdAt"] = "2025-06-19T09:00:00Z", ["updatedAt"] = "2025-06-19T09:00:00Z",
        });
        delta.Add("MarketoActivities.csv", File.ReadLines(Path.Combine(day1, "MarketoActivities.csv")).First(), new Dictionary<string, string>
        {
            ["marketoGUID"] = "merge-loser-into-changed", ["leadId"] = changed.MarketoId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["activityDate"] = "2025-06-23T09:00:00Z", ["activityTypeId"] = "32", ["primaryAttributeValueId"] = LoserMarketoId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["attributes"] = $"{{\"Merge Ids\":\"[{LoserMarketoId}]\",\"Merged in Sales\":false}}",
        });
        delta.Write();

        TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf));
        scopeAfterDelta = Scope();
        untouchedAfterDelta = SourceValues(untouched.Key);
        changedAfterDelta = SourceValues(changed.Key);
        deletedFactRowsAfterDelta = LeadFactRows(deleted.Key);
        untouchedFactRowsAfterDelta = LeadFactRows(untouched.Key);
        loserActivityKeysAfterDelta = LoserActivityKeys();
        lateActivityKeysAfterDelta = ActivityKeys("late-visit-%");
        lateLeadKey = db.ExecuteScalar<int>($"SELECT LeadKey FROM dw.DimLead WHERE SalesforceLeadId = '{LateLeadId}'");
        lateLeadStages = db.ExecuteScalar<long>($"SELECT count(*) FROM dw.FactStageHistory WHERE LeadKey = {lateLeadKey}");
        mergedInto = db.ExecuteScalar<string?>($"SELECT MergedIntoSalesforceLeadId FROM dw.DimLead WHERE LeadKey = {deleted.Key}");
        opportunitiesListed = db.Query<string>("SELECT SalesforceOpportunityId FROM etl.RecomputeOpportunity ORDER BY 1").ToList();
        opportunitiesStillTampered = db.Query<string>("SELECT DISTINCT SalesforceOpportunityId FROM dw.FactAttribution WHERE TouchSourceSystem = 'Tampered' ORDER BY 1").ToList();
        // The periods a refit must cover: the quarters a journey written by the delta ends in or ended in before, and those of
        // journeys that vanished; "All" whenever there is one.
        var journeysAfter = db.Query<(int Lead, DateTime Ended, int Batch)>(
            "SELECT LeadKey, EndedAtUtc, BatchId FROM dw.FactChannelJourney").ToList();
        var deltaBatch = db.ExecuteScalar<int>("SELECT max(BatchId) FROM etl.BatchRun");
        var quarters = journeysAfter.Where(j => j.Batch == deltaBatch)
            .SelectMany(j => journeysBefore.TryGetValue(j.Lead, out var was) ? new[] { j.Ended, was } : [j.Ended])
            .Concat(journeysBefore.Where(b => journeysAfter.All(a => a.Lead != b.Key)).Select(b => b.Value))
            .Select(QuarterLabel).Distinct().ToList();
        dataDrivenPeriodsExpectedRefitted = quarters.Count == 0 ? [] : [.. quarters.Append("All").Order(StringComparer.Ordinal)];
        dataDrivenPeriodsRefitted = db.Query<string>(
            "SELECT DISTINCT Period FROM dw.FactAttributionDataDriven WHERE ChannelJourneys <> -1 ORDER BY 1").ToList();
        dataDrivenPeriods = db.Query<string>("SELECT DISTINCT Period FROM dw.FactAttributionDataDriven ORDER BY 1").ToList();
        repricedPipelinePerModel = db.Query<decimal>(
            $"SELECT SUM(AttributedPipeline) FROM dw.FactAttribution WHERE SalesforceOpportunityId = '{repricedOpportunity}' GROUP BY AttributionModelKey ORDER BY 1").ToList();

        TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf));
        scopeAfterRerun = Scope();
        untouchedAfterRerun = SourceValues(untouched.Key);

        TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf, RecomputeAll: true));
        untouchedAfterRecomputeAll = SourceValues(untouched.Key);
        tamperedAfterRecomputeAll = db.ExecuteScalar<long>("SELECT count(*) FROM dw.FactAttribution WHERE TouchSourceSystem = 'Tampered'");
        scopeRowsAfterRecomputeAll = db.ExecuteScalar<long>("SELECT count(*) FROM etl.RecomputeLead");
        dataDrivenTamperedAfterRecomputeAll = db.ExecuteScalar<long>(
            "SELECT count(*) FROM dw.FactAttributionDataDriven WHERE ChannelJourneys = -1");
        modes = db.Query<string>("SELECT Mode FROM etl.BatchRun ORDER BY BatchId").ToArray();

        // As if the earlier batches had been run by another build of the program (or one from before builds were recorded).
        db.Execute("UPDATE etl.ConfigSnapshot SET TransformBuild = NULL");
        afterUpgrade = TestWarehouse.Run(warehouse, new RunOptions(delta.Path, AsOf));
    }

    [OneTimeTearDown]
    public void Close() => warehouse.Dispose();

    private static string QuarterLabel(DateTime at) => $"{at.Year}-Q{(at.Month + 2) / 3}";

    [Test]
    public void A_delta_refits_only_the_data_driven_periods_whose_journeys_changed()
    {
        Assert.Multiple(() =>
        {
            Assert.That(dataDrivenPeriodsExpectedRefitted, Does.Contain("All"), "the delta changed some journey");
            Assert.That(dataDrivenPeriodsRefitted, Is.EqualTo(dataDrivenPeriodsExpectedRefitted));
            Assert.That(dataDrivenPeriods.Except(dataDrivenPeriodsRefitted), Is.Not.Empty, "some quarter kept its stored credits");
            Assert.That(dataDrivenTamperedAfterRecomputeAll, Is.Zero, "--recompute-all refits every period");
        });
    }

    private long LeadFactRows(int leadKey) => warehouse.Connection.ExecuteScalar<long>(
        $"SELECT (SELECT count(*) FROM dw.FactStageHistory WHERE LeadKey = {leadKey}) + (SELECT count(*) FROM dw.FactLeadFunnel WHERE LeadKey = {leadKey}) " +
        $"+ (SELECT count(*) FROM dw.FactSlaClock WHERE LeadKey = {leadKey})");

    private string?[] SourceValues(int leadKey) =>
        warehouse.Connection.Query<string?>($"SELECT SourceValue FROM dw.FactStageHistory WHERE LeadKey = {leadKey} ORDER BY SequenceNumber").ToArray();

    private int[] LoserActivityKeys() => ActivityKeys("loser-visit-%");

    private int[] ActivityKeys(string guidPattern) =>
        warehouse.Connection.Query<int>($"SELECT LeadKey FROM dw.FactMarketingActivity WHERE MarketoGuid LIKE '{guidPattern}' ORDER BY MarketoGuid").ToArray();

    private List<(string Id, string Reason)> Scope() =>
        warehouse.Connection.Query<(string, string)>("SELECT SalesforceLeadId, Reason FROM etl.RecomputeLead ORDER BY LeadKey").ToList();

    [Test]
    public void The_delta_batch_is_incremental_and_lists_the_leads_it_touched_with_their_reason()
    {
        Assert.Multiple(() =>
        {
            Assert.That(modes, Is.EqualTo(new[] { "Full", "Incremental", "Incremental", "Full" }));
            Assert.That(scopeAfterDelta, Does.Contain((changed.Id, "Lead changed")));
            Assert.That(scopeAfterDelta, Does.Contain((deleted.Id, "Lead changed")));
            Assert.That(scopeAfterDelta.Select(s => s.Id), Does.Not.Contain(untouched.Id));
            // Besides the two leads (and the lead converted into the repriced opportunity, when it came from one), only leads with
            // an open SLA clock or one on the exception list (they depend on the as-of).
            if (repricedOpportunityLead is not null)
            {
                Assert.That(scopeAfterDelta, Does.Contain((repricedOpportunityLead, "Opportunity changed")));
            }

            Assert.That(scopeAfterDelta.Where(s => s.Id != changed.Id && s.Id != deleted.Id && s.Id != LateLeadId && s.Id != repricedOpportunityLead)
                .Select(s => s.Reason).Distinct(), Is.EqualTo(new[] { "Open or listed SLA clock" }));
            Assert.That(scopeAfterDelta, Has.Count.LessThan(leadCount / 4));
        });
    }

    [Test]
    public void Only_the_touched_lead_is_rebuilt_an_untouched_leads_rows_are_not_rewritten()
    {
        Assert.Multiple(() =>
        {
            Assert.That(changedAfterDelta, Is.Not.Empty.And.No.EqualTo(Tampered), "the edited lead's facts were rebuilt from staging");
            Assert.That(untouchedAfterDelta, Is.Not.Empty.And.All.EqualTo(Tampered), "the untouched lead's facts were left alone");
            Assert.That(untouchedFactRowsAfterDelta, Is.EqualTo(untouchedFactRows));
        });
    }

    [Test]
    public void Only_the_opportunities_the_delta_touched_get_their_attribution_rebuilt()
    {
        Assert.Multiple(() =>
        {
            Assert.That(opportunitiesListed, Does.Contain(repricedOpportunity));
            Assert.That(opportunitiesStillTampered, Is.Not.Empty, "opportunities the delta did not touch keep their rows as they were");
            Assert.That(opportunitiesStillTampered.Intersect(opportunitiesListed), Is.Empty, "every listed opportunity was rebuilt");
            // The new amount is shared out in full under each of the 8 models.
            Assert.That(repricedPipelinePerModel, Is.EqualTo(Enumerable.Repeat(123456.78m, 8)));
            Assert.That(tamperedAfterRecomputeAll, Is.Zero);
        });
    }

    [Test]
    public void Re_running_the_delta_rebuilds_only_the_as_of_dependent_leads()
    {
        Assert.Multiple(() =>
        {
            Assert.That(scopeAfterRerun.Select(s => s.Reason).Distinct(), Is.EqualTo(new[] { "Open or listed SLA clock" }));
            Assert.That(untouchedAfterRerun, Is.All.EqualTo(Tampered));
        });
    }

    [Test]
    public void Recompute_all_rebuilds_every_lead()
    {
        Assert.Multiple(() =>
        {
            Assert.That(untouchedAfterRecomputeAll, Is.Not.Empty.And.No.EqualTo(Tampered));
            Assert.That(scopeRowsAfterRecomputeAll, Is.Zero, "etl.RecomputeLead is empty after a batch that rebuilt every lead");
        });
    }

    [Test]
    public void After_a_program_upgrade_the_next_batch_rebuilds_every_lead()
    {
        Assert.That(afterUpgrade.LeadScope, Does.StartWith("all ").And.EndWith("(the program differs from the one that ran the last successful batch)"));
    }

    [Test]
    public void A_lead_merged_away_in_the_crm_loses_its_lead_facts_and_names_its_master()
    {
        Assert.Multiple(() =>
        {
            Assert.That(deletedFactRowsAfterDelta, Is.Zero);
            Assert.That(mergedInto, Is.EqualTo(changed.Id));
        });
    }

    [Test]
    public void An_activity_that_arrived_before_its_lead_is_rekeyed_when_the_lead_arrives()
    {
        Assert.Multiple(() =>
        {
            Assert.That(lateActivityKeysAfterDay1, Is.EqualTo(new[] { 0 }));
            Assert.That(lateLeadKey, Is.Positive);
            Assert.That(lateActivityKeysAfterDelta, Is.EqualTo(new[] { lateLeadKey }));
            Assert.That(scopeAfterDelta, Does.Contain((LateLeadId, "Lead changed")));
            Assert.That(lateLeadStages, Is.EqualTo(1), "the new lead's one stage so far: Inquiry");
        });
    }

    [Test]
    public void A_marketo_merge_moves_the_merged_away_ids_activities_to_the_surviving_lead()
    {
        Assert.Multiple(() =>
        {
            Assert.That(loserActivityKeysAfterDay1, Is.EqualTo(new[] { 0, 0 }), "unknown Marketo id: the Unknown lead");
            Assert.That(loserActivityKeysAfterDelta, Is.EqualTo(new[] { changed.Key, changed.Key }));
            Assert.That(warehouse.Connection.Query<(int, int)>("SELECT LosingMarketoLeadId, WinningMarketoLeadId FROM etl.MarketoLeadMerge WHERE MarketoGuid = 'merge-loser-into-changed'"),
                Is.EqualTo(new[] { (LoserMarketoId, changed.MarketoId) }));
        });
    }
}
